import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { sessionDocName } from '../../../shared/live/doc-names'
import { readSession, type Session, sessionMeta } from '../../../shared/live/session-doc'
import type { LiveUser } from './live-document'
import type { SaveStatus } from './save-status'
import { useSharedLiveDocument } from '../session/shared-live-document'

export interface SessionDocumentHandle {
  /** What the facilitator has set, once the hub (or this device's copy) has said; null before. */
  session: Session | null
  /** The document to write to; only the facilitator's writes are accepted by the hub. */
  doc: Y.Doc | null
  status: SaveStatus
}

/**
 * The workshop's session document (dots per member, whether votes are revealed). Group devices open it
 * too, and the hub gives them a read-only connection; the facilitator's window may write it.
 */
export function useSessionDocument(
  workshopId: string,
  token: string,
  user: LiveUser,
  facilitator: boolean,
): SessionDocumentHandle {
  // Shared: the plan's header and the dot-vote step both hold it while the step is open.
  const { live, status } = useSharedLiveDocument(sessionDocName(workshopId), token, user, facilitator)
  const [session, setSession] = useState<Session | null>(null)

  useEffect(() => {
    if (!live) return
    const doc = live.doc
    // An empty document is not "3 dots, hidden": the hub sets the version when it first loads the
    // document, so without one nothing the facilitator set has arrived yet.
    const refresh = () => setSession(sessionMeta(doc).has('schemaVersion') ? readSession(doc) : null)
    refresh()
    doc.on('update', refresh)
    return () => {
      doc.off('update', refresh)
      setSession(null)
    }
  }, [live])

  return { session, doc: live?.doc ?? null, status }
}
