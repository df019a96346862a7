import { planDocName, sessionDocName } from '../../../shared/live/doc-names'
import { clearDotVotes } from '../../../shared/exercises/dot-vote/dot-vote-doc'
import { setVotesRevealed } from '../../../shared/live/session-doc'
import type { RouteHandlers } from '../http/route-handlers'
import type { LiveServer } from '../live/live-server'
import type { Store } from '../store/store'
import { readCountyPlan } from './plan-reader'
import { requireWorkshop } from './require-workshop'

/**
 * Starting the dot vote again, for every county at once (facilitator only). Dots live in the counties'
 * plans, which only the hub can reach all together; the results are hidden again on the session
 * document, so a new vote starts unseen.
 */
export function dotVoteRoutes(store: Store, live: LiveServer): RouteHandlers<'resetDotVotes'> {
  return {
    resetDotVotes: async ({ params }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      let dots = 0
      for (const county of store.counties.list(workshopId)) {
        // A plan without dots is left alone (and one nobody has opened is not created).
        const plan = await readCountyPlan(store, live.hocuspocus, workshopId, county)
        if (plan.dotVotes.length === 0) continue
        const connection = await live.hocuspocus.openDirectConnection(planDocName(workshopId, county.id))
        try {
          await connection.transact((doc) => (dots += clearDotVotes(doc)))
        } finally {
          await connection.disconnect()
        }
      }
      const session = await live.hocuspocus.openDirectConnection(sessionDocName(workshopId))
      try {
        await session.transact((doc) => setVotesRevealed(doc, false))
      } finally {
        await session.disconnect()
      }
      await live.committed()
      return { dots }
    },
  }
}
