import { MATCH_STATUS_LABELS, type MatchStatus } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'

/** A match's status as a small coloured label (colours in matching.css, each AA on its background). */
export function MatchStatusTag({ status }: { status: MatchStatus }) {
  const language = useLanguage()
  return (
    <span className="match-status" data-status={status}>
      {MATCH_STATUS_LABELS[status][language]}
    </span>
  )
}
