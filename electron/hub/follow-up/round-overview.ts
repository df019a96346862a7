import { reportSummary, type FollowUpOverviewLine } from '../../../shared/follow-up/follow-up-progress'
import type { Store } from '../store/store'

/** Every county of the workshop in county order, with its saved report's summary for the round (or null). */
export function roundOverview(store: Store, workshopId: string, roundId: string): FollowUpOverviewLine[] {
  const saved = new Map(store.followUp.reports(roundId).map((report) => [report.countyId, report]))
  return store.counties.list(workshopId).map((county) => {
    const report = saved.get(county.id)
    return { countyId: county.id, summary: report ? reportSummary(report) : null }
  })
}
