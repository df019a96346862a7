import type * as Y from 'yjs'
import type { OrderedCollection } from './ordered-map'

/**
 * The plan's action list (root `actions`, see plan-roots.ts). In a module of its own because exercise
 * slices write to it: were it only in plan-roots.ts, which imports every slice's roots, a slice importing
 * it would close an import cycle, and whichever module loaded first would meet the other uninitialised.
 */
export const planActions = (doc: Y.Doc) => doc.getMap('actions') as OrderedCollection
