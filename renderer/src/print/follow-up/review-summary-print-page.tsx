import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useParams } from 'react-router'
import { API_ROUTES } from '../../../../shared/api/api-routes'
import type { ApiResponse } from '../../../../shared/api/api-types'
import { countyName } from '../../../../shared/export/county-names'
import type { FollowUpRound } from '../../../../shared/follow-up/follow-up-round-schema'
import { roundSummary } from '../../../../shared/follow-up/round-summary'
import { pairedText } from '../../../../shared/locale/paired-text'
import { printApi } from '../../api/print-api'
import { RoundCharts } from '../../follow-up/charts/round-charts'
import { PageFurniture } from '../page-furniture'
import { usePrint, usePrintMessages } from '../print-context'
import { PrintViewFrame } from '../print-view-frame'
import { useChartsPrintReady } from './use-charts-print-ready'
import { reviewSummaryMessages } from './review-summary-messages'
import { ReviewSummaryCounties, ReviewSummaryLate } from './review-summary-tables'
import '../print.css'

interface ReviewSummaryData {
  workshop: ApiResponse<'getWorkshop'>
  counties: ApiResponse<'listCounties'>
  round: FollowUpRound
  reports: ApiResponse<'followUpRoundReports'>
}

function useReviewSummaryData(workshopId: string, roundId: string) {
  return useQuery({
    queryKey: ['print', 'review-summary', workshopId, roundId],
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<ReviewSummaryData> => {
      const [workshop, counties, rounds, reports] = await Promise.all([
        printApi.get(API_ROUTES.workshop, { workshopId }),
        printApi.get(API_ROUTES.counties, { workshopId }),
        printApi.get(API_ROUTES.followUpRounds, { workshopId }),
        printApi.get(API_ROUTES.followUpRoundReports, { workshopId, roundId }),
      ])
      const round = rounds.find((each) => each.id === roundId)
      if (!round) throw new Error(`round ${roundId} not found`)
      return { workshop, counties, round, reports }
    },
  })
}

/** A4 portrait's text width in CSS pixels, less a little: the charts are drawn at the size they print. */
const CHART_WIDTH = 640

function ReviewSummary({ data }: { data: ReviewSummaryData }) {
  const t = usePrintMessages(reviewSummaryMessages)
  const { locale, format } = usePrint()
  const title = t('title', { round: data.round.name })
  const summary = useMemo(() => roundSummary(data.counties, data.reports), [data.counties, data.reports])
  const bars = useMemo(
    () =>
      summary.lines.map((line) => ({
        county: countyName(line.county, locale),
        met: line.met,
        behind: line.behind,
        open: line.open,
        peoplePercent: line.people.percent,
      })),
    [summary, locale],
  )
  const reported = summary.lines.filter((line) => line.reported !== null).length
  const onAllDrawn = useChartsPrintReady(title, locale, bars.length === 0)
  return (
    <article className="print-review print-review-summary">
      <PageFurniture header={title} draft={false} />
      <h1>{title}</h1>
      <p>
        {t('subtitle', {
          workshop: pairedText(data.workshop.title, data.workshop.titleEn, locale),
          date: format.date(data.round.date),
          year: data.round.planYear,
        })}
      </p>
      <p>{t('reportedCounts', { reported, missing: summary.lines.length - reported })}</p>
      <h2>{t('counties')}</h2>
      <ReviewSummaryCounties summary={summary} />
      {bars.length > 0 && (
        <section className="print-review-charts">
          <h2>{t('charts')}</h2>
          <RoundCharts counties={bars} locale={locale} width={CHART_WIDTH} onAllDrawn={onAllDrawn} />
        </section>
      )}
      <h2>{t('late')}</h2>
      <ReviewSummaryLate summary={summary} />
    </article>
  )
}

/** The print view of a round across counties: /print/workshops/:w/follow-up/rounds/:r/summary */
export function ReviewSummaryPrintPage() {
  const { workshopId = '', roundId = '' } = useParams()
  const result = useReviewSummaryData(workshopId, roundId)
  return (
    <PrintViewFrame result={result} notFoundKey="failed">
      {(data) => <ReviewSummary data={data} />}
    </PrintViewFrame>
  )
}
