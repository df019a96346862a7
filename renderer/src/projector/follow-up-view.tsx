import { useQuery } from '@tanstack/react-query'
import type { County } from '../../../shared/county/county-schema'
import { byRoundDate } from '../../../shared/follow-up/progress-series'
import { hubApi } from '../api/hub-api'
import { RoundGallery } from '../follow-up/charts/round-gallery'
import { progressChartMessages } from '../follow-up/charts/progress-chart-messages'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'

interface FollowUpViewProps {
  workshopId: string
  token: string
  counties: readonly County[]
}

/** The latest follow-up round on the projector: every county on track, behind or not reported yet. */
export function FollowUpView({ workshopId, token, counties }: FollowUpViewProps) {
  const t = useMessages(progressChartMessages)
  const language = useLanguage()
  const rounds = useQuery({
    queryKey: ['projector', workshopId, token, 'follow-up-rounds'],
    queryFn: () => hubApi.call('listFollowUpRounds', { params: { workshopId } }, { token }),
    retry: false,
  })
  const latest = [...(rounds.data ?? [])].sort(byRoundDate).at(-1)
  const overview = useQuery({
    queryKey: ['projector', workshopId, token, 'follow-up-overview', latest?.id],
    queryFn: () =>
      hubApi.call('followUpOverview', { params: { workshopId, roundId: latest!.id } }, { token }),
    enabled: latest !== undefined,
    // A report saved while the room watches appears without reloading the projector.
    refetchInterval: 30_000,
    retry: false,
  })
  if (rounds.data !== undefined && latest === undefined) {
    return <p className="projector-follow-up-none">{t('noRounds')}</p>
  }
  if (latest === undefined || overview.data === undefined) return null
  return (
    <div className="projector-follow-up">
      <h1>{latest.name}</h1>
      <RoundGallery lines={overview.data} counties={counties} locale={language} />
    </div>
  )
}
