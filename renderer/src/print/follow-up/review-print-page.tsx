import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useParams } from 'react-router'
import { API_ROUTES } from '../../../../shared/api/api-routes'
import type { ApiResponse } from '../../../../shared/api/api-types'
import { countyName } from '../../../../shared/export/county-names'
import type { FollowUpRound } from '../../../../shared/follow-up/follow-up-round-schema'
import type { RoundReport } from '../../../../shared/follow-up/progress-series'
import { printApi } from '../../api/print-api'
import { CountyProgressCharts } from '../../follow-up/charts/county-progress-charts'
import { PageFurniture } from '../page-furniture'
import { usePrint, usePrintMessages } from '../print-context'
import { PrintViewFrame } from '../print-view-frame'
import { useChartsPrintReady } from './use-charts-print-ready'
import { reviewPrintMessages } from './review-print-messages'
import { ReviewTables } from './review-tables'
import '../print.css'

export interface ReviewData {
  county: ApiResponse<'getCounty'>
  workshop: ApiResponse<'getWorkshop'>
  round: FollowUpRound
  /** The county's report for every round of the workshop, by date (the charts draw the saved ones). */
  reports: RoundReport[]
}

function useReviewPrintData(workshopId: string, roundId: string, countyId: string) {
  return useQuery({
    queryKey: ['print', 'review', workshopId, roundId, countyId],
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<ReviewData> => {
      const [workshop, county, rounds] = await Promise.all([
        printApi.get(API_ROUTES.workshop, { workshopId }),
        printApi.get(API_ROUTES.county, { workshopId, countyId }),
        printApi.get(API_ROUTES.followUpRounds, { workshopId }),
      ])
      const round = rounds.find((each) => each.id === roundId)
      if (!round) throw new Error(`round ${roundId} not found`)
      const reports = await Promise.all(
        rounds.map(async (each) => ({
          round: each,
          report: await printApi.get(API_ROUTES.followUpReport, { workshopId, roundId: each.id, countyId }),
        })),
      )
      return { workshop, county, round, reports }
    },
  })
}

function ReviewReport({ data }: { data: ReviewData }) {
  const t = usePrintMessages(reviewPrintMessages)
  const { locale, format } = usePrint()
  const title = t('title', { county: countyName(data.county, locale), round: data.round.name })
  const report = data.reports.find((entry) => entry.round.id === data.round.id)!.report
  // The charts show the rounds up to this one: a report printed again later says what was known then.
  const upToThisRound = useMemo(
    () => data.reports.filter((entry) => entry.round.date <= data.round.date),
    [data.reports, data.round.date],
  )
  const onAllDrawn = useChartsPrintReady(title, locale)
  return (
    <article className="print-review">
      <PageFurniture header={title} draft={false} />
      <h1>{title}</h1>
      <p>{t('subtitle', { date: format.date(data.round.date), year: report.targets.planYear })}</p>
      <ReviewTables report={report} />
      <section className="print-review-charts">
        <h2>{t('charts')}</h2>
        <CountyProgressCharts reports={upToThisRound} locale={locale} width={320} onAllDrawn={onAllDrawn} />
      </section>
    </article>
  )
}

/** The print view of a county's review report: /print/workshops/:w/follow-up/rounds/:r/counties/:c */
export function ReviewPrintPage() {
  const { workshopId = '', roundId = '', countyId = '' } = useParams()
  const result = useReviewPrintData(workshopId, roundId, countyId)
  return (
    <PrintViewFrame result={result} notFoundKey="countyMissing">
      {(data) => <ReviewReport data={data} />}
    </PrintViewFrame>
  )
}
