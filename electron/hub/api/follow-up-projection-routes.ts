import type { Hocuspocus } from '@hocuspocus/server'
import { projectedRound } from '../../../shared/follow-up/follow-up-projection'
import { sessionDocName } from '../../../shared/live/doc-names'
import { readRunState } from '../../../shared/session/run-state'
import { roundOverview } from '../follow-up/round-overview'
import { readLiveDoc } from '../live/stored-doc'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

/**
 * The follow-up round on the projector, decided here: the session document holds only the console's
 * choice, which the hub checks against the workshop's rounds as they are now (a deleted round, or an id
 * written by anything else, shows the latest instead).
 */
export function followUpProjectionRoutes(
  store: Store,
  hocuspocus: Hocuspocus,
): RouteHandlers<'followUpProjected'> {
  return {
    followUpProjected: async ({ params }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      const chosen = readLiveDoc(hocuspocus, store, sessionDocName(workshopId), readRunState).followUpRoundId
      const round = projectedRound(store.followUp.list(workshopId), chosen)
      return round ? { round, lines: roundOverview(store, workshopId, round.id) } : { round: null, lines: [] }
    },
  }
}
