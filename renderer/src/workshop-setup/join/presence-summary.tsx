import { TeamOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { usePresence } from './use-join-setup'
import { useMessages } from '../../i18n/use-messages'
import { setupMessages } from '../setup-messages'

/** "Devices online: 5 (counties: 2)" under the workshop's title, linking to the join tab; hidden when nobody is in. */
export function PresenceSummary({ workshopId }: { workshopId: string }) {
  const t = useMessages(setupMessages)
  const presence = usePresence(workshopId)
  const counties = Object.values(presence.data?.counties ?? {}).filter((devices) => devices.length > 0)
  const devices = counties.reduce((total, list) => total + list.length, 0)
  if (devices === 0) return null
  return (
    <Link to="join" className="presence-summary" style={{ marginLeft: 8, whiteSpace: 'nowrap' }}>
      <TeamOutlined aria-hidden /> {t('presence', { devices, counties: counties.length })}
    </Link>
  )
}
