import { useEffect, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { sessionDocName } from '../../../shared/live/doc-names'
import { readSession, type Session, sessionMeta } from '../../../shared/live/session-doc'
import { LiveDocument, type LiveDocumentSnapshot, type LiveUser } from './live-document'
import type { SaveStatus } from './save-status'

export interface SessionDocumentHandle {
  /** What the facilitator has set, once the hub (or this device's copy) has said; null before. */
  session: Session | null
  /** The document to write to; only the facilitator's writes are accepted by the hub. */
  doc: Y.Doc | null
  status: SaveStatus
}

/**
 * The page's open session documents. Several parts of a page read the session (the plan's run state,
 * the dot vote), but the shared socket carries one provider per document name: a second provider would
 * take the first one's messages, and closing it would leave the first deaf. So they share one.
 */
const opened = new Map<string, { live: LiveDocument; holders: number }>()

function acquire(key: string, create: () => LiveDocument): LiveDocument {
  const entry = opened.get(key) ?? { live: create(), holders: 0 }
  entry.holders += 1
  opened.set(key, entry)
  return entry.live
}

function release(key: string): void {
  const entry = opened.get(key)
  if (!entry) return
  entry.holders -= 1
  if (entry.holders > 0) return
  opened.delete(key)
  entry.live.destroy()
}

const NOT_OPEN: LiveDocumentSnapshot = { ready: false, status: { kind: 'connecting' }, refusals: [] }
const noSubscription = () => () => undefined

/**
 * The workshop's session document (dots per member, whether votes are revealed, the run state). Group
 * devices open it too, and the hub gives them a read-only connection; the facilitator's window may write.
 */
export function useSessionDocument(
  workshopId: string,
  token: string,
  user: LiveUser,
  facilitator: boolean,
): SessionDocumentHandle {
  const [live, setLive] = useState<LiveDocument | null>(null)
  const [session, setSession] = useState<Session | null>(null)
  const docName = sessionDocName(workshopId)
  const { name, color } = user

  useEffect(() => {
    const key = `${docName}\n${token}\n${facilitator}`
    // The name at opening time: on the session document it only labels this device's connection.
    setLive(acquire(key, () => new LiveDocument({ docName, token, user: { name, color }, facilitator })))
    return () => {
      release(key)
      setLive(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- renaming must not reopen the document
  }, [docName, token, facilitator])

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

  const { status } = useSyncExternalStore(
    live?.subscribe ?? noSubscription,
    live?.getSnapshot ?? (() => NOT_OPEN),
  )
  return { session, doc: live?.doc ?? null, status }
}
