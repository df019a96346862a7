import type * as Y from 'yjs'
import type { OrderedCollection } from './ordered-map'

/**
 * The plan's action list root, on its own so that exercise slices can read it without importing
 * plan-roots.ts, which imports every slice's roots: that cycle broke module start-up when a slice
 * was loaded first.
 */
export const planActions = (doc: Y.Doc) => doc.getMap('actions') as OrderedCollection
