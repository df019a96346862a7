import type { County } from '../../../shared/county/county-schema'
import type { DemoFollowUpRound } from '../../../shared/demo/demo-follow-up-schema'
import { newId } from '../../../shared/ids/new-id'
import type { Store } from '../store/store'

/** Stores the demo's review rounds and their reports; a report for a county the demo lacks is an error. */
export function seedDemoReviews(
  store: Store,
  workshopId: string,
  counties: readonly County[],
  rounds: readonly DemoFollowUpRound[],
): void {
  for (const { reports, ...details } of rounds) {
    const round = store.followUp.create(workshopId, newId(), details, new Date().toISOString())
    for (const { county: countyName, ...report } of reports) {
      const county = counties.find((each) => each.name === countyName)
      if (!county)
        throw new Error(`The demo file reports on ${countyName}, which is not one of its counties.`)
      store.followUp.putReport({ ...report, roundId: round.id, countyId: county.id })
    }
  }
}
