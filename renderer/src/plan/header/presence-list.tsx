import { presenceLabel } from '../../live/presence-label'
import type { PresentUser } from '../../live/use-present-users'
import { useMessages } from '../../i18n/use-messages'
import { liveMessages } from '../../live/live-messages'

/** The first character of a name, as on a name badge: 王伟 → 王, Li Ming → L. */
const initial = (name: string) => [...name.trim()][0]?.toUpperCase() ?? '?'

/** Everyone with this plan open now, each in the colour of their caret. */
export function PresenceList({ users }: { users: PresentUser[] }) {
  const t = useMessages(liveMessages)
  return (
    <ul className="presence-list" aria-label={t('presence.label')}>
      {users.map((user) => {
        const label = presenceLabel(user, t)
        return (
          <li key={user.clientId} className="presence-person">
            <span className="presence-avatar" style={{ backgroundColor: user.color }} aria-hidden="true">
              {initial(user.name)}
            </span>
            <span className="presence-name">{label}</span>
          </li>
        )
      })}
    </ul>
  )
}
