import type { AccessService } from '../access/access-service'
import { DotVoteService } from '../dot-vote/dot-vote-service'
import { ApiError } from '../http/api-errors'
import { scopeOf } from '../http/request-auth'
import type { RouteHandlers } from '../http/route-handlers'
import type { LiveServer } from '../live/live-server'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type DotVoteRoute =
  'getBallot' | 'setBallotDots' | 'dotVoteProgress' | 'revealDotVotes' | 'hideDotVotes' | 'resetDotVotes'

/**
 * The dot vote over REST: members' own ballots, and the facilitator's reveal, hide and reset for every
 * county at once. The rules are in DotVoteService; here only who is calling is worked out.
 */
export function dotVoteRoutes(
  store: Store,
  live: LiveServer,
  access: AccessService,
): RouteHandlers<DotVoteRoute> {
  const votes = new DotVoteService(store, live.hocuspocus, live.committed)
  const caller = (request: Parameters<typeof scopeOf>[0]) => {
    const scope = scopeOf(request, access)
    // The contract's access check ran first, so a scope is there; this only satisfies the types.
    if (!scope) throw new ApiError(401, 'auth.required')
    return scope
  }
  return {
    getBallot: async ({ params }, request) =>
      votes.ballot(caller(request), requireWorkshop(store, params.workshopId), params.countyId),
    setBallotDots: async ({ params, body }, request) =>
      votes.setDots(caller(request), requireWorkshop(store, params.workshopId), params.countyId, body),
    dotVoteProgress: async ({ params }) => votes.progress(requireWorkshop(store, params.workshopId)),
    revealDotVotes: async ({ params }) => votes.reveal(requireWorkshop(store, params.workshopId)),
    hideDotVotes: async ({ params }) => votes.hide(requireWorkshop(store, params.workshopId)),
    resetDotVotes: async ({ params }) => ({
      dots: await votes.reset(requireWorkshop(store, params.workshopId)),
    }),
  }
}
