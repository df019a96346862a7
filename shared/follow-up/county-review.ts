import type { FollowUpReport, IndicatorActual } from './follow-up-report-schema'
import type { FollowUpRound } from './follow-up-round-schema'

/**
 * What a county's team sees in its workspace's review step: the round open to its entry, its report and,
 * beside each indicator, the actual it reported in the round before (none when it reported none).
 */
export interface CountyReview {
  round: FollowUpRound
  report: FollowUpReport
  previous: { roundId: string; roundName: string; indicators: IndicatorActual[] } | null
}
