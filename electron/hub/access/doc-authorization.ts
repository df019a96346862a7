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
 * nothing else. A gallery walk open on some exercises only lets a group read the other plans only through
 * their projections on exactly those exercises, which nobody writes (the hub fills them).
 */
export function docAccess(scope: AccessScope, doc: LiveDocRef, round: ReviewRound | null = null): DocAccess {
  if (doc.kind === 'gallery') return galleryAccess(scope, doc, round)
  if (scope.kind === 'facilitator') return 'write'
  if (doc.workshopId !== scope.workshopId) return 'deny'
  if (scope.kind === 'projector') return 'read'
  if (doc.kind === 'session') return 'read'
  if (doc.countyId === scope.countyId) return 'write'
  if (!mayReview(round, scope.countyId, doc.countyId)) return 'deny'
  if (doc.kind === 'plan' && galleryExercises(round) !== null) return 'deny'
  return doc.kind === 'comments' ? 'write' : 'read'
}

function galleryAccess(
  scope: AccessScope,
  doc: Extract<LiveDocRef, { kind: 'gallery' }>,
  round: ReviewRound | null,
): DocAccess {
  if (scope.kind === 'facilitator') return 'read'
  if (doc.workshopId !== scope.workshopId) return 'deny'
  if (scope.kind === 'projector') return 'read'
  const open = galleryExercises(round)
  return open !== null && sameExercises(open, doc.exercises) ? 'read' : 'deny'
}
