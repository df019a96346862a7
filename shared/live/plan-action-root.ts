import type * as Y from 'yjs'
import type { OrderedCollection } from './ordered-map'

/**
 * The plan's actions root (described in plan-roots.ts). Apart from plan-roots, which imports every
 * exercise slice's roots, so that a slice can reach the actions without an import cycle: with one, a
 * process that loaded the slice first stopped at start (`TARGET_SETTING_ROOTS` before initialization).
 */
export const planActions = (doc: Y.Doc) => doc.getMap('actions') as OrderedCollection
