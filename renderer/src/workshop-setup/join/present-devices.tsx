import { Typography } from 'antd'
import type { PresentDevice } from '../../../../shared/join/join-schema'
import { presenceLabel } from '../../live/presence-label'
import { useMessages } from '../../i18n/use-messages'
import { liveMessages } from '../../live/live-messages'
import { joinTabMessages } from './join-tab-messages'

/** Who is connected to one county's plan now, each with the colour of their caret. */
export function PresentDevices({ devices }: { devices: PresentDevice[] }) {
  const t = useMessages(joinTabMessages)
  const tLive = useMessages(liveMessages)
  if (devices.length === 0) {
    return (
      <div className="present-devices">
        <Typography.Text type="secondary">{t('groups.nobody')}</Typography.Text>
      </div>
    )
  }
  return (
    <div className="present-devices">
      <Typography.Text strong>{t('groups.online')}</Typography.Text>
      <ul aria-label={t('groups.online')}>
        {devices.map((device, index) => (
          <li key={`${device.name}-${index}`}>
            <span className="present-dot" style={{ backgroundColor: device.color }} aria-hidden="true" />
            {presenceLabel(device, tLive)}
          </li>
        ))}
      </ul>
    </div>
  )
}
