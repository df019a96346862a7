import * as Y from 'yjs'

/**
 * Applies `update` (a plan's, or its whole state) to a projection of that plan and deletes, in the same
 * transaction, everything it brought into the roots not in `keep`. A Y.Doc with gc on (the hub's) then
 * drops the deleted content before it emits the transaction's update, so neither that update nor the
 * projection's state carries a character of the closed roots: only the structs' ids, lengths and map keys
 * stay, which the next plan updates need to integrate.
 */
export function projectUpdate(
  projection: Y.Doc,
  update: Uint8Array,
  keep: ReadonlySet<string>,
  origin: unknown,
): void {
  projection.transact((transaction) => {
    Y.applyUpdate(projection, update)
    for (const [root, type] of projection.share) {
      if (keep.has(root) || !transaction.changed.has(type)) continue
      // By struct, not through a typed API: a root nobody asked for by type is a bare AbstractType here.
      for (const item of type._map.values()) if (!item.deleted) item.delete(transaction)
      for (let item = type._start; item; item = item.right) if (!item.deleted) item.delete(transaction)
    }
  }, origin)
}
