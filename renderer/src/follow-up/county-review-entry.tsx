import { Alert } from 'antd'
import { Link } from 'react-router'
import { useMessages } from '../i18n/use-messages'
import { countyReviewMessages } from './county-review-messages'
import { countyReviewPath, type CountyReviewAccess } from './county-review-path'
import { useCountyReview } from './use-follow-up'

/** Checked less often than the step itself polls: it only says whether a round is open. */
const ENTRY_POLL_MS = 15_000

/**
 * On a group's own plan while the facilitator has a follow-up round open to the counties: the way to the
 * review step, where the team enters the round.
 */
export function CountyReviewEntry({ workshopId, countyId, token }: CountyReviewAccess) {
  const t = useMessages(countyReviewMessages)
  const review = useCountyReview(workshopId, countyId, token, ENTRY_POLL_MS)
  if (!review.data) return null
  const { round } = review.data
  return (
    <Alert
      type="info"
      showIcon
      className="plan-note"
      title={t('entry.title', { round: round.name })}
      description={t('entry.text', { year: round.planYear })}
      action={
        <Link to={countyReviewPath({ workshopId, countyId })} className="county-review-link">
          {t('entry.open')}
        </Link>
      }
    />
  )
}
