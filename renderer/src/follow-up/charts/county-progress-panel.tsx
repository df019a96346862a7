import { useQueries } from '@tanstack/react-query'
import { Typography } from 'antd'
import type { ReactNode } from 'react'
import type { RoundReport } from '../../../../shared/follow-up/progress-series'
import { hubApi } from '../../api/hub-api'
import { NoDataYet } from '../../components/no-data-yet'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { followUpKeys, useFollowUpRounds } from '../use-follow-up'
import { CountyProgressCharts } from './county-progress-charts'
import { progressChartMessages } from './progress-chart-messages'

interface CountyProgressPanelProps {
  workshopId: string
  countyId: string
  /** Beside the title: the review report's download. */
  actions?: ReactNode
}

/** "进展 / Progress" beside a county's report: its charts over every round it has reported on. */
export function CountyProgressPanel({ workshopId, countyId, actions }: CountyProgressPanelProps) {
  const t = useMessages(progressChartMessages)
  const language = useLanguage()
  const rounds = useFollowUpRounds(workshopId)
  const reports = useQueries({
    queries: (rounds.data ?? []).map((round) => ({
      queryKey: followUpKeys.report(workshopId, round.id, countyId),
      queryFn: () =>
        hubApi.call('getFollowUpReport', { params: { workshopId, roundId: round.id, countyId } }),
    })),
  })
  if (rounds.data === undefined) return <NoDataYet query={rounds} />
  const pending = reports.find((query) => query.data === undefined)
  if (pending) return <NoDataYet query={pending} />
  const byRound: RoundReport[] = rounds.data.flatMap((round, index) => {
    const report = reports[index]?.data
    return report ? [{ round, report }] : []
  })
  return (
    <section aria-labelledby="follow-up-progress-title" style={{ marginTop: 32 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', marginBottom: 8 }}>
        <Typography.Title level={3} id="follow-up-progress-title" style={{ fontSize: 16, margin: 0 }}>
          {t('progressTitle')}
        </Typography.Title>
        {actions}
      </div>
      <CountyProgressCharts reports={byRound} locale={language} />
    </section>
  )
}
