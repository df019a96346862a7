import type { AccessScope } from '../../../shared/join/join-schema'
import type { LiveDocRef } from '../../../shared/live/doc-names'

export type DocAccess = 'write' | 'read' | 'deny'

/**
 * Who may open which live document. The facilitator may edit everything; a group may edit its own
 * county's plan and read its workshop's session document (what the facilitator broadcasts); the
 * projector may read its workshop's session document and every plan of it; nothing else.
 */
export function docAccess(scope: AccessScope, doc: LiveDocRef): DocAccess {
  if (scope.kind === 'facilitator') return 'write'
  if (doc.workshopId !== scope.workshopId) return 'deny'
  if (scope.kind === 'projector') return 'read'
  if (doc.kind === 'session') return 'read'
  return doc.countyId === scope.countyId ? 'write' : 'deny'
}
