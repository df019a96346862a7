import { HistoryOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { lazyComponent } from '../app/lazy-component'
import { useMessages } from '../i18n/use-messages'
import type { PlanCounty } from '../plan/use-plan-access'
import type { PlanRef } from './use-plan-versions'
import { versionsMessages } from './versions-messages'

// Its own chunk: group devices never show the button, so they never download the panel.
const VersionsDrawer = lazyComponent(() => import('./versions-drawer').then((m) => m.VersionsDrawer), null)

/** The facilitator's way to a county plan's versions, from the plan page. */
export function VersionsButton({ plan, county }: { plan: PlanRef; county: PlanCounty }) {
  const t = useMessages(versionsMessages)
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button
        icon={<HistoryOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        onMouseEnter={() => void VersionsDrawer.preload()}
        aria-haspopup="dialog"
      >
        {t('open')}
      </Button>
      {open && <VersionsDrawer plan={plan} county={county} onClose={() => setOpen(false)} />}
    </>
  )
}
