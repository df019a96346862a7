import * as Y from 'yjs'

/**
 * The Yjs side of plan versions, pure so that the hub and the tests share it.
 *
 * A version is stored as a delta: the document's state encoded against the previous version's state
 * vector. It holds the structs written since then and the delete set of its time; replayed in order,
 * a plan's deltas rebuild each version exactly (the delete sets only grow, and every struct comes with
 * its content as it stood when its version was kept). So a version costs what was typed since the one
 * before, not a copy of the plan. Y.snapshot would cost even less, but it needs the live document to
 * keep every deleted character (gc: false), for the whole week, on every device.
 */

/** What the document holds now beyond `since` (a state vector; null: everything). */
export function versionDelta(doc: Y.Doc, since: Uint8Array | null): Uint8Array {
  return since ? Y.encodeStateAsUpdate(doc, since) : Y.encodeStateAsUpdate(doc)
}

/**
 * The bytes that tell whether a document changed: its state vector (what was added) and its delete set
 * (what was removed). Equal for two states of one document exactly when neither added or removed anything.
 */
export function changeMark(doc: Y.Doc): Uint8Array {
  const stateVector = Y.encodeStateVector(doc)
  // An update against the document's own state vector carries no structs, only its delete set.
  const deleteSet = Y.encodeStateAsUpdate(doc, stateVector)
  const mark = new Uint8Array(stateVector.length + deleteSet.length)
  mark.set(stateVector)
  mark.set(deleteSet, stateVector.length)
  return mark
}

/**
 * A document rebuilt from a chain of deltas, oldest first. It keeps deleted content (gc off), so that
 * a restore can bring back what was deleted after this version.
 */
export function docFromDeltas(deltas: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc({ gc: false })
  Y.transact(doc, () => {
    for (const delta of deltas) Y.applyUpdate(doc, delta)
  })
  return doc
}

/**
 * The update that makes `current` equal to `old` (an earlier state of the same document), to be applied
 * on the live document so that every device receives it as an ordinary edit: nothing is replaced under
 * them, and edits made meanwhile on a device merge with it like any other. It undoes, in a copy of the
 * old state, everything `current` added or deleted since: what was added is deleted again, and what was
 * deleted is written anew from the old state's content (the live document may have dropped it).
 */
export function revertUpdate(current: Y.Doc, old: Y.Doc): Uint8Array {
  const work = new Y.Doc({ gc: false })
  try {
    Y.applyUpdate(work, Y.encodeStateAsUpdate(old))
    // The whole document is the scope: every root, whatever its type, and those created after the
    // version too (roots known only by name are untyped here, and an untyped root reports no changes).
    const since = Symbol('since the version')
    const undo = new Y.UndoManager(work, { trackedOrigins: new Set([since]), captureTimeout: 0 })
    try {
      Y.applyUpdate(work, Y.encodeStateAsUpdate(current, Y.encodeStateVector(work)), since)
      undo.undo()
    } finally {
      undo.destroy()
    }
    return Y.encodeStateAsUpdate(work, Y.encodeStateVector(current))
  } finally {
    work.destroy()
  }
}
