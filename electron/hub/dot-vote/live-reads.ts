import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import { sessionDocName } from '../../../shared/live/doc-names'
import { migrateSessionDoc, readSession, type Session } from '../../../shared/live/session-doc'
import { readRunState, type RunState } from '../../../shared/session/run-state'
import type { Store } from '../store/store'

/**
 * Reads a live document as it stands: Hocuspocus's instance when devices have it open (it holds what the
 * update writer may still be committing), else a throw-away copy rebuilt from SQLite, so a read never
 * loads a document into the live server.
 */
export async function readLiveDoc<T>(
  store: Store,
  hocuspocus: Hocuspocus,
  name: string,
  read: (doc: Y.Doc, loaded: boolean) => T,
): Promise<T> {
  const live = hocuspocus.documents.get(name) ?? (await hocuspocus.loadingDocuments.get(name))
  if (live) return read(live, true)
  const doc = new Y.Doc()
  try {
    const stored = store.liveDocs.load(name)
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    return read(doc, false)
  } finally {
    doc.destroy()
  }
}

/** The workshop's dot-vote settings and run state (locks, timer), as the facilitator has set them. */
export function readWorkshopSession(
  store: Store,
  hocuspocus: Hocuspocus,
  workshopId: string,
): Promise<{ session: Session; run: RunState }> {
  return readLiveDoc(store, hocuspocus, sessionDocName(workshopId), (doc, loaded) => {
    // In memory only, like the hub's own setup on first open: a session never opened reads as the defaults.
    if (!loaded) migrateSessionDoc(doc)
    return { session: readSession(doc), run: readRunState(doc) }
  })
}

/** Runs a change on a live document through the hub's own connection (broadcast and committed like any edit). */
export async function changeLiveDoc(hocuspocus: Hocuspocus, name: string, change: (doc: Y.Doc) => void) {
  const connection = await hocuspocus.openDirectConnection(name)
  try {
    await connection.transact(change)
  } finally {
    await connection.disconnect()
  }
}
