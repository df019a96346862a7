import type { Hocuspocus } from '@hocuspocus/server'
import type * as Y from 'yjs'
import { planDocName } from '../../../shared/live/doc-names'
import { clearLegacyDotVotes, readLegacyDotVotes } from '../../../shared/exercises/dot-vote/legacy-dot-votes'
import type { Store } from '../store/store'
import { changeLiveDoc, readLiveDoc } from './live-reads'
import { legacyVoter } from './voter-identity'

/**
 * Moves the dots of a plan written before ballots left the plan document into the ballot table, then
 * empties the old root (the hub does it on load, so it happens once per plan). The table is written
 * first and keeps a dot already moved: if the hub stops between the two steps, the next load moves
 * the same dots again without counting them twice.
 */
export function moveLegacyDots(store: Store, doc: Y.Doc, workshopId: string, countyId: string): number {
  const dots = readLegacyDotVotes(doc)
  if (dots.length > 0) {
    store.ballots.keepLegacy(
      workshopId,
      countyId,
      dots.map((dot) => ({ voter: legacyVoter(dot.voterId), cardId: dot.cardId, dots: dot.count })),
    )
  }
  clearLegacyDotVotes(doc)
  return dots.length
}

/**
 * Loads (and so migrates) every plan of the workshop that still holds old dots and that no device has
 * opened since this hub started, so the facilitator's counts and the totals include them. Done once per
 * workshop per hub run: after that, every plan loaded has been through the hub's setup.
 */
export class LegacyDotSweep {
  private readonly swept = new Set<string>()

  constructor(
    private readonly store: Store,
    private readonly hocuspocus: Hocuspocus,
  ) {}

  async sweep(workshopId: string): Promise<void> {
    if (this.swept.has(workshopId)) return
    for (const county of this.store.counties.list(workshopId)) {
      const name = planDocName(workshopId, county.id)
      const holdsOldDots = await readLiveDoc(
        this.store,
        this.hocuspocus,
        name,
        (doc) => readLegacyDotVotes(doc).length > 0,
      )
      // Opening the document runs the hub's setup on it (PlanSetup), which moves the dots.
      if (holdsOldDots) await changeLiveDoc(this.hocuspocus, name, () => undefined)
    }
    this.swept.add(workshopId)
  }
}
