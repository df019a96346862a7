import { DatabaseOutlined } from '@ant-design/icons'
import { Link, Navigate, useLocation } from 'react-router'
import { useMessages } from '../i18n/use-messages'
import { backupsUiMessages } from './backups-ui-messages'
import { StoreStatusTag } from './store-status-tag'
import { useStoreStatus } from './use-backups'
import './backups.css'

/**
 * The data's state in the facilitator's header (console, setup, home). A hub that started without a
 * usable database sends every facilitator page to the recovery screen.
 */
export function HeaderStoreStatus() {
  const status = useStoreStatus()
  const { pathname } = useLocation()
  if (status.data?.state === 'recovery')
    return pathname === '/recovery' ? null : <Navigate to="/recovery" replace />
  return <StoreStatusTag status={status.data} />
}

/** The way to the backups screen, in the facilitator's header (not while recovering: that screen is the way). */
export function BackupsLink() {
  const t = useMessages(backupsUiMessages)
  const status = useStoreStatus()
  if (status.data?.state === 'recovery') return null
  return (
    <Link className="backups-link" to="/backups">
      <DatabaseOutlined aria-hidden />
      <span className="backups-link-text">{t('link')}</span>
    </Link>
  )
}
