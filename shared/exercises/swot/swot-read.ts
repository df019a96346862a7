import type * as Y from 'yjs'
import { orderedEntries } from '../../live/ordered-map'
import { readItem } from '../../live/tolerant-read'
import { planSwot } from './swot-doc'
import { SWOT_QUADRANTS, swotCardSchema, type SwotCard } from './swot-schema'

/** The board's cards quadrant by quadrant, each quadrant in its order; a card in no quadrant is left out. */
export function readSwot(doc: Y.Doc): SwotCard[] {
  const cards = orderedEntries(planSwot(doc)).flatMap(
    ({ id, item }) => readItem(swotCardSchema, item, { id }) ?? [],
  )
  return SWOT_QUADRANTS.flatMap((quadrant) => cards.filter((card) => card.quadrant === quadrant))
}
