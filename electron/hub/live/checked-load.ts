import * as Y from 'yjs'
import type { SetAside, StoredLiveDoc } from '../store/repositories/live-doc-repository'

/** How a kind of document is checked on loading, and how its stored state is repaired if it fails alone. */
export interface LoadCheck {
  problem(doc: Y.Doc): string | null
  repair(doc: Y.Doc): void
}

export interface CheckedState {
  /** The state to load (everything stored, or what remains after setting aside). */
  state: Uint8Array
  /** Null when the stored state passed as it is. */
  problem: string | null
  setAside: SetAside[]
}

function stateOf(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, snapshot)
    for (const update of updates) Y.applyUpdate(doc, update)
  })
  return doc
}

/**
 * A document as stored, checked before anything is served from it. When it fails, it is rebuilt from
 * its snapshot (repaired if the snapshot fails on its own, the original kept aside) and its update log,
 * one update at a time, and each update that makes it fail is set aside instead of applied: no single
 * write can cost a county its plan. Costly only on that path; a good document is applied once here.
 */
export function checkedState(stored: StoredLiveDoc, check: LoadCheck): CheckedState {
  const whole = stateOf(stored.snapshot, stored.updates)
  const problem = check.problem(whole)
  if (problem === null) return { state: Y.encodeStateAsUpdate(whole), problem, setAside: [] }

  const setAside: SetAside[] = []
  const doc = stateOf(stored.snapshot, [])
  const snapshotProblem = check.problem(doc)
  if (snapshotProblem !== null && stored.snapshot) {
    setAside.push({ kind: 'snapshot', data: stored.snapshot, reason: snapshotProblem })
    check.repair(doc)
  }
  // What the snapshot still fails on after its repair is the baseline; an update is set aside only for a
  // problem of its own, so one lasting problem does not take every later edit with it.
  const baseline = check.problem(doc)
  for (const update of stored.updates) {
    const trial = stateOf(Y.encodeStateAsUpdate(doc), [update])
    const after = check.problem(trial)
    if (after === null || after === baseline) Y.applyUpdate(doc, update)
    else setAside.push({ kind: 'update', data: update, reason: after })
  }
  return { state: Y.encodeStateAsUpdate(doc), problem, setAside }
}
