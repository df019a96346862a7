import * as Y from 'yjs'

/**
 * Whether a live document's state decodes into a complete Yjs document. Yjs throws on most garbage, but
 * an update whose structs refer to missing ones is kept "pending" without an error: a document's whole
 * state never depends on anything else, so pending parts mean it was cut or altered.
 */
export function decodesCompletely(state: Uint8Array): boolean {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    return doc.store.pendingStructs === null && doc.store.pendingDs === null
  } catch {
    return false
  } finally {
    doc.destroy()
  }
}

/** A document rebuilt from its state, changed by `change`, and encoded again as one update. */
export function rewriteState(state: Uint8Array, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, state)
    change(doc)
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
