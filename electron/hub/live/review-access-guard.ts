import type { Extension, onChangePayload } from '@hocuspocus/server'
import { parseDocName } from '../../../shared/live/doc-names'
import { readReviewRound } from '../../../shared/review/review-round'
import { docAccess } from '../access/doc-authorization'
import type { LiveContext } from './live-auth'

/** WebSocket close code sent to a group device whose review access ended (the round ended or changed). */
export const REVIEW_ACCESS_ENDED = 4403

/**
 * Ends a group's access to another county's plan and comments the moment the round that granted it ends
 * or changes: each change of a session document re-decides every such connection of its workshop, and
 * closes the device's socket where access is gone. The whole socket, as when the LAN closes: a provider
 * whose one document session was closed under it would sit "connected" and silently stop syncing. The
 * device reconnects its own documents; the other county's are refused (live-auth.ts reads the same round).
 * A gallery projection ends with its round too, and with any change of the exercises it opens.
 */
export class ReviewAccessGuard implements Extension {
  extensionName = 'plan-workshop-review-access'

  async onChange({ documentName, document, instance }: onChangePayload): Promise<void> {
    const session = parseDocName(documentName)
    if (session?.kind !== 'session') return
    const round = readReviewRound(document)
    for (const other of instance.documents.values()) {
      const ref = parseDocName(other.name)
      if (!ref || ref.kind === 'session' || ref.workshopId !== session.workshopId) continue
      for (const connection of other.getConnections()) {
        const scope = (connection.context as LiveContext | undefined)?.scope
        if (scope?.kind !== 'group') continue
        if (scope.countyId === ref.countyId && (ref.kind === 'plan' || ref.kind === 'comments')) continue
        if (docAccess(scope, ref, round) === 'deny')
          connection.webSocket.close(REVIEW_ACCESS_ENDED, 'auth.forbidden')
      }
    }
  }
}
