import { useQuery } from '@tanstack/react-query'
import type { County } from '../../../shared/county/county-schema'
import { hubApi } from '../api/hub-api'
import { RoundGallery } from '../follow-up/charts/round-gallery'
import { progressChartMessages } from '../follow-up/charts/progress-chart-messages'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'

interface FollowUpViewProps {
  workshopId: string
  token: string
  counties: readonly County[]
  /** The console's choice as the session document has it (null: the latest); the hub decides what it means. */
  chosenRoundId: string | null
}

/** A follow-up round on the projector (the console's choice, else the latest): every county's standing. */
export function FollowUpView({ workshopId, token, counties, chosenRoundId }: FollowUpViewProps) {
  const t = useMessages(progressChartMessages)
  const language = useLanguage()
  const projected = useQuery({
    // The choice is in the key, so a new choice on the console is fetched at once.
    queryKey: ['projector', workshopId, token, 'follow-up', chosenRoundId],
    queryFn: () => hubApi.call('followUpProjected', { params: { workshopId } }, { token }),
    // A report saved while the room watches appears without reloading the projector.
    refetchInterval: 30_000,
    placeholderData: (previous) => previous,
    retry: false,
  })
  if (projected.data === undefined) return null
  const { round, lines } = projected.data
  if (round === null) return <p className="projector-follow-up-none">{t('noRounds')}</p>
  return (
    <div className="projector-follow-up" data-round-id={round.id}>
      <h1>{round.name}</h1>
      <RoundGallery lines={lines} counties={counties} locale={language} />
    </div>
  )
}
