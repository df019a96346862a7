import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PresentDevice } from '../../../../shared/join/join-schema'
import { presenceLabel } from '../../live/presence-label'

/** Who is connected to one county's plan now, each with the colour of their caret. */
export function PresentDevices({ devices }: { devices: PresentDevice[] }) {
  const { t } = useTranslation()
  if (devices.length === 0) {
    return (
      <div className="present-devices">
        <Typography.Text type="secondary">{t('joinTab.groups.nobody')}</Typography.Text>
      </div>
    )
  }
  return (
    <div className="present-devices">
      <Typography.Text strong>{t('joinTab.groups.online')}</Typography.Text>
      <ul aria-label={t('joinTab.groups.online')}>
        {devices.map((device, index) => (
          <li key={`${device.name}-${index}`}>
            <span className="present-dot" style={{ backgroundColor: device.color }} aria-hidden="true" />
            {presenceLabel(device, t)}
          </li>
        ))}
      </ul>
    </div>
  )
}
