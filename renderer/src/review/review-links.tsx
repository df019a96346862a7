import { Alert } from 'antd'
import { Link } from 'react-router'
import { reviewedBy, type ReviewRound } from '../../../shared/review/review-round'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { bilingual } from '../workshop-setup/counties/county-name'
import { reviewMessages } from './review-messages'

/**
 * On a group's own plan while a round runs: the way to the plans it reviews — its partner's, or, in a
 * gallery walk, a gallery of every other county.
 */
export function ReviewLinks({
  workshopId,
  countyId,
  round,
}: {
  workshopId: string
  countyId: string
  round: ReviewRound | null
}) {
  const t = useMessages(reviewMessages)
  const language = useLanguage()
  if (!round) return null
  const ids = reviewedBy(
    round,
    countyId,
    round.counties.map((county) => county.id),
  )
  if (ids.length === 0) return null
  const counties = round.counties.filter((county) => ids.includes(county.id))
  return (
    <Alert
      type="info"
      showIcon
      className="plan-note review-links"
      title={round.kind === 'gallery' ? t('galleryTitle') : t('pairsTitle')}
      description={
        <nav aria-label={t('galleryLabel')}>
          <ul className="review-link-list">
            {counties.map((county) => (
              <li key={county.id}>
                <Link to={`/plan/${encodeURIComponent(workshopId)}/${encodeURIComponent(county.id)}`}>
                  {t('open', { county: bilingual(county.name, county.nameEn, language).primary })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      }
    />
  )
}
