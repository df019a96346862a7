import {
  CheckCircleFilled,
  DisconnectOutlined,
  LoadingOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons'
import { Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { DeviceStoreNotice } from '../backups/device-store-notice'
import type { SaveStatus } from './save-status'
import { saveStatusText } from './save-status-text'
import { useMessages } from '../i18n/use-messages'
import { liveMessages } from './live-messages'
import './save-status-indicator.css'

const ICONS: Record<SaveStatus['kind'], ReactNode> = {
  connecting: <LoadingOutlined aria-hidden />,
  saved: <CheckCircleFilled aria-hidden />,
  saving: <SyncOutlined spin aria-hidden />,
  offline: <DisconnectOutlined aria-hidden />,
  refused: <StopOutlined aria-hidden />,
}

/**
 * Saved / saving / offline with how many changes wait, always visible next to the plan's title.
 * Screen readers hear only the changes that matter (going offline, saved again, join ended), not the
 * saving ↔ saved flicker of every keystroke.
 */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const t = useMessages(liveMessages)
  const text = saveStatusText(status, t)
  const announced = useAnnouncedStatus(status)
  return (
    <div className="save-status" data-status={status.kind}>
      <span className="save-status-badge" data-testid="save-status">
        {ICONS[status.kind]}
        <span>{text}</span>
      </span>
      {status.kind === 'offline' && (
        <Typography.Text type="secondary" className="save-status-hint">
          {t('status.offlineHint')}
        </Typography.Text>
      )}
      <DeviceStoreNotice />
      <span className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announced && saveStatusText(announced, t)}
      </span>
    </div>
  )
}

/**
 * The status the live region speaks of: set when the status changes in a way worth interrupting someone
 * for. It keeps the status, not its words, so a language switch rewords it.
 */
function useAnnouncedStatus(status: SaveStatus): SaveStatus | null {
  const [announced, setAnnounced] = useState<SaveStatus | null>(null)
  const [lastKind, setLastKind] = useState<SaveStatus['kind']>(status.kind)
  const [inTrouble, setInTrouble] = useState(false)
  if (status.kind !== lastKind) {
    setLastKind(status.kind)
    if (status.kind === 'offline' || status.kind === 'refused') {
      setAnnounced(status)
      setInTrouble(true)
    } else if (status.kind === 'saved' && inTrouble) {
      setAnnounced(status)
      setInTrouble(false)
    }
  }
  return announced
}
