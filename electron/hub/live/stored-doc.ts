import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import type { Store } from '../store/store'

/**
 * Reads a live document as it stands: the hub's open copy when it has one (edits not yet committed
 * included), else rebuilt from its snapshot and log, which then hold all of it. Synchronous, so an
 * authorization never waits on a document load.
 */
export function readLiveDoc<T>(
  hocuspocus: Hocuspocus,
  store: Store,
  name: string,
  read: (doc: Y.Doc) => T,
): T {
  const live = hocuspocus.documents.get(name)
  if (live) return read(live)
  const stored = store.liveDocs.load(name)
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
    })
    return read(doc)
  } finally {
    doc.destroy()
  }
}
