import type { FollowUpRound } from '../../../../shared/follow-up/follow-up-round-schema'
import { useLanguage } from '../../i18n/use-language'
import { useCounties } from '../../workshop-setup/counties/use-counties'
import { useFollowUpOverview } from '../use-follow-up'
import { RoundGallery } from './round-gallery'

/** The round's counties as small charts under its table (the table waits for the same data). */
export function RoundGalleryPanel({ round }: { round: FollowUpRound }) {
  const language = useLanguage()
  const counties = useCounties(round.workshopId)
  const overview = useFollowUpOverview(round.workshopId, round.id)
  if (counties.data === undefined || overview.data === undefined) return null
  return <RoundGallery lines={overview.data} counties={counties.data} locale={language} />
}
