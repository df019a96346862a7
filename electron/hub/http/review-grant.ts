import type { Hocuspocus } from '@hocuspocus/server'
import { API_CONTRACT } from '../../../shared/api/api-contract'
import { galleryExercises, mayReview } from '../../../shared/review/review-round'
import { currentReviewRound } from '../live/review-round-reader'
import type { Store } from '../store/store'
import type { ExtraGrant } from './request-auth'

/**
 * A group reads another county's plan over REST exactly while a review round lets it review that
 * county, as on the live socket: the same round, read from the hub's own session document.
 */
export function reviewGrant(hocuspocus: Hocuspocus, store: Store): ExtraGrant {
  return (scope, request, route) => {
    if (route !== API_CONTRACT.getPlan || scope.kind !== 'group') return false
    const { workshopId, countyId } = request.params as { workshopId?: unknown; countyId?: unknown }
    if (workshopId !== scope.workshopId || typeof countyId !== 'string') return false
    // Its own plan a group reads live, as before any round.
    if (countyId === scope.countyId) return false
    const round = currentReviewRound(hocuspocus, store, workshopId)
    // A gallery walk open on some exercises only is read through the hub's live projections, never whole.
    return mayReview(round, scope.countyId, countyId) && galleryExercises(round) === null
  }
}
