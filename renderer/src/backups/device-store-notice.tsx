import { Typography } from 'antd'
import { useMessages } from '../i18n/use-messages'
import { backupsUiMessages } from './backups-ui-messages'
import { useDeviceStoreState } from './device-store-state'

/** Beside a device's save status: why its edits wait, when the hub's disk is full or its database damaged. */
export function DeviceStoreNotice() {
  const t = useMessages(backupsUiMessages)
  const state = useDeviceStoreState()
  if (state === 'ok' || state === 'recovery') return null
  return (
    <Typography.Text
      type={state === 'restoring' ? 'secondary' : 'danger'}
      className="save-status-hint"
      role="alert"
    >
      {t(`device.${state}`)}
    </Typography.Text>
  )
}
