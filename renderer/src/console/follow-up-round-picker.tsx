import { Select } from 'antd'
import { byRoundDate } from '../../../shared/follow-up/progress-series'
import type { RunState } from '../../../shared/session/run-state'
import { useFollowUpRounds } from '../follow-up/use-follow-up'
import { useMessages } from '../i18n/use-messages'
import { followUpRoundPickerMessages } from './follow-up-round-picker-messages'
import type { ConsoleActions } from './use-console-actions'

/** The latest round is the option without an id: it follows a round added later. */
const LATEST = ''

/**
 * Which follow-up round the projector shows: the latest unless the facilitator picks one; picking one
 * puts the projector on it. The hub checks the choice (a round since deleted shows the latest).
 */
export function FollowUpRoundPicker({
  workshopId,
  run,
  actions,
}: {
  workshopId: string
  run: RunState
  actions: ConsoleActions
}) {
  const t = useMessages(followUpRoundPickerMessages)
  const rounds = useFollowUpRounds(workshopId)
  if (!rounds.data || rounds.data.length === 0) return null
  const ordered = [...rounds.data].sort(byRoundDate).reverse()
  const chosen = ordered.some((round) => round.id === run.followUpRoundId) ? run.followUpRoundId! : LATEST
  return (
    <div>
      <div className="console-field-label" id="follow-up-round-label">
        {t('label')}
      </div>
      <Select<string>
        aria-labelledby="follow-up-round-label"
        value={chosen}
        onChange={(value) => actions.showFollowUpRound(value === LATEST ? null : value)}
        style={{ minWidth: 220, maxWidth: '100%' }}
        options={[
          { value: LATEST, label: t('latest', { name: ordered[0]!.name }) },
          ...ordered.map((round) => ({ value: round.id, label: round.name })),
        ]}
      />
    </div>
  )
}
