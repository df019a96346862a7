import { ArrowLeftOutlined } from '@ant-design/icons'
import { Typography } from 'antd'
import { type ReactNode, useRef } from 'react'
import { Link } from 'react-router'
import type { SaveStatus } from '../../live/save-status'
import { SaveStatusIndicator } from '../../live/save-status-indicator'
import type { PresentUser } from '../../live/use-present-users'
import { useLanguage } from '../../i18n/use-language'
import { bilingual } from '../../workshop-setup/counties/county-name'
import type { PlanCounty } from '../use-plan-access'
import { PresenceList } from './presence-list'
import { useStickyHeaderHeight } from './use-sticky-header-height'
import { useMessages } from '../../i18n/use-messages'
import { planMessages } from '../plan-messages'

interface PlanHeaderProps {
  county: PlanCounty
  status: SaveStatus
  users: PresentUser[]
  /** The facilitator's way back to the console's join tab; group devices have no console. */
  backTo?: string
  /** What the facilitator tells the room (current exercise, timer, message), under the people. */
  children?: ReactNode
  /**
   * Another county reading this plan: nothing it does is saved, so "Saved" would mislead; only a lost
   * connection is worth saying (what it reads may be out of date).
   */
  readOnly?: boolean
}

/** Whose plan this is, whether edits are saved, and who else is in it. */
export function PlanHeader({ county, status, users, backTo, children, readOnly = false }: PlanHeaderProps) {
  const t = useMessages(planMessages)
  const language = useLanguage()
  const { primary, secondary } = bilingual(county.name, county.nameEn, language)
  const header = useRef<HTMLElement>(null)
  useStickyHeaderHeight(header)
  return (
    <header className="plan-header" ref={header}>
      {backTo && (
        <Link to={backTo} className="plan-back">
          <ArrowLeftOutlined aria-hidden /> {t('backToJoin')}
        </Link>
      )}
      <div className="plan-header-row">
        <div>
          <Typography.Title level={1} className="plan-title">
            <span lang={primary === county.name ? 'zh-CN' : 'en'}>{primary}</span>
            {secondary && (
              <span className="plan-title-gloss" lang={secondary === county.name ? 'zh-CN' : 'en'}>
                {secondary}
              </span>
            )}
          </Typography.Title>
          <Typography.Text type="secondary">{t(readOnly ? 'subtitleReadOnly' : 'subtitle')}</Typography.Text>
        </div>
        {(!readOnly || status.kind === 'offline' || status.kind === 'connecting') && (
          <SaveStatusIndicator status={status} />
        )}
      </div>
      <PresenceList users={users} />
      {children}
    </header>
  )
}
