import { ExclamationCircleFilled, LoadingOutlined, WarningFilled } from '@ant-design/icons'
import { Tag } from 'antd'
import { Link } from 'react-router'
import type { StoreStatus } from '../../../shared/backups/backup-schema'
import { useMessages } from '../i18n/use-messages'
import { backupsUiMessages } from './backups-ui-messages'

/**
 * The database's state in words, in the facilitator's header (console, setup, home): nothing while edits
 * are saved, "the disk is full — N edits waiting", damage, a restore in progress. It links to the
 * backups screen, where the way forward is.
 */
export function StoreStatusTag({ status }: { status: StoreStatus | undefined }) {
  const t = useMessages(backupsUiMessages)
  const state = status?.state
  const text =
    state === 'diskFull'
      ? status!.pendingEdits > 0
        ? t('status.diskFull', { count: status!.pendingEdits })
        : t('status.diskFullNone')
      : state === 'damaged'
        ? t('status.damaged')
        : state === 'restoring'
          ? t('status.restoring')
          : null
  return (
    <span role="status" aria-live="polite" className="store-status">
      {text && (
        <Link to="/backups" title={state === 'diskFull' ? t('status.diskFullHint') : t('status.damagedHint')}>
          <Tag
            className="store-status-tag"
            data-testid="store-status"
            color={state === 'restoring' ? 'processing' : 'error'}
            icon={
              state === 'restoring' ? (
                <LoadingOutlined aria-hidden />
              ) : state === 'damaged' ? (
                <ExclamationCircleFilled aria-hidden />
              ) : (
                <WarningFilled aria-hidden />
              )
            }
          >
            {text}
          </Tag>
        </Link>
      )}
    </span>
  )
}
