import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import { sessionDocName } from '../../../shared/live/doc-names'
import { readReviewRound, type ReviewRound } from '../../../shared/review/review-round'
import type { Store } from '../store/store'

/**
 * The review round running in a workshop now: from the session document the hub holds when it is open
 * (the newest state, edits not yet committed included), else from what is stored, which is then all of
 * it. Synchronous, so an authorization never waits on a document load.
 */
export function currentReviewRound(
  hocuspocus: Hocuspocus,
  store: Store,
  workshopId: string,
): ReviewRound | null {
  const name = sessionDocName(workshopId)
  const live = hocuspocus.documents.get(name)
  if (live) return readReviewRound(live)
  const stored = store.liveDocs.load(name)
  const doc = new Y.Doc()
  try {
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
      for (const update of stored.updates) Y.applyUpdate(doc, update)
    })
    return readReviewRound(doc)
  } finally {
    doc.destroy()
  }
}
