import type { AccessScope } from '../../../shared/join/join-schema'
import type { LiveDocRef } from '../../../shared/live/doc-names'
import { sameExercises } from '../../../shared/review/gallery-exercises'
import { galleryExercises, mayReview, type ReviewRound } from '../../../shared/review/review-round'

export type DocAccess = 'write' | 'read' | 'deny'

/**
 * Who may open which live document. The facilitator may edit everything; a group may edit its own
 * county's plan and comments and read its workshop's session document (what the facilitator broadcasts);
 * while a review round lets it review another county, it may read that county's plan and add to its
 * comments; the projector may read its workshop's session document and every plan and comments of it;
 * nothing else. A gallery walk open on some exercises only lets a group read the other plans and their
 * comments only through their projections on exactly those exercises: the plans' nobody writes (the hub
 * fills them); the comments' take the reader's new comments, which the hub carries into the county's own.
 */
export function docAccess(scope: AccessScope, doc: LiveDocRef, round: ReviewRound | null = null): DocAccess {
  if (doc.kind === 'gallery') return galleryAccess(scope, doc, round)
  if (doc.kind === 'galleryComments') {
    const access = galleryAccess(scope, doc, round)
    // Readers from other counties add their comments to the projection; the hub carries them over.
    return access === 'read' && scope.kind === 'group' && doc.countyId !== scope.countyId ? 'write' : access
  }
  if (scope.kind === 'facilitator') return 'write'
  if (doc.workshopId !== scope.workshopId) return 'deny'
  if (scope.kind === 'projector') return 'read'
  if (doc.kind === 'session') return 'read'
  if (doc.countyId === scope.countyId) return 'write'
  if (!mayReview(round, scope.countyId, doc.countyId)) return 'deny'
  if (galleryExercises(round) !== null) return 'deny'
  return doc.kind === 'comments' ? 'write' : 'read'
}

function galleryAccess(
  scope: AccessScope,
  doc: Extract<LiveDocRef, { kind: 'gallery' | 'galleryComments' }>,
  round: ReviewRound | null,
): DocAccess {
  if (scope.kind === 'facilitator') return 'read'
  if (doc.workshopId !== scope.workshopId) return 'deny'
  if (scope.kind === 'projector') return 'read'
  const open = galleryExercises(round)
  return open !== null && sameExercises(open, doc.exercises) ? 'read' : 'deny'
}
