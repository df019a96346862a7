import * as Y from 'yjs'
import { newId } from '../ids/new-id'
import { insertItem, moveItem, orderedIds } from './ordered-map'
import { forgetDotsOn } from './plan-dot-votes'
import { planDataCard, planSwot } from './plan-roots'
import type { DataCardField, SwotQuadrant } from './plan-schema'
import { fitSwotCardText } from './swot-card-text'

/**
 * The one definition of a county plan's Yjs document. Everything that reads or writes a plan goes
 * through these accessors, so the document's shape lives in one place: the roots and the schematic
 * are in plan-roots.ts, the reader in plan-read.ts, and the accessors of each exercise in plan-*.ts.
 * This module keeps the data card and the SWOT board, and re-exports the rest of the v1 surface.
 */
export {
  PLAN_SCHEMA_VERSION,
  planDataCard,
  planMeta,
  planProse,
  planSchemaVersion,
  planSwot,
  proseFragmentName,
} from './plan-roots'
export { proseParagraphs } from './prose-text'
export { readPlan } from './plan-read'

export function setDataCardField(doc: Y.Doc, field: DataCardField, value: number | null): void {
  planDataCard(doc).set(field, value)
}

const inQuadrant = (quadrant: SwotQuadrant) => (item: Y.Map<unknown>) => item.get('quadrant') === quadrant

// Card texts are cut to the card limit here too, so no writer stores more than the board shows; the
// board tells the person what was cut and keeps the whole text for them to copy.
export function addSwotCard(doc: Y.Doc, quadrant: SwotQuadrant, text: string, id = newId()): string {
  doc.transact(() =>
    insertItem(planSwot(doc), id, { quadrant, text: fitSwotCardText(text) }, { group: inQuadrant(quadrant) }),
  )
  return id
}

/** Moves a card to a quadrant, before `beforeId` there or at its end. */
export function moveSwotCard(
  doc: Y.Doc,
  id: string,
  quadrant: SwotQuadrant,
  beforeId: string | null = null,
): void {
  moveItem(planSwot(doc), id, { beforeId, group: inQuadrant(quadrant), patch: { quadrant } })
}

export function setSwotCardText(doc: Y.Doc, id: string, text: string): void {
  const card = planSwot(doc).get(id)
  if (card instanceof Y.Map) card.set('text', fitSwotCardText(text))
}

/** Deletes a card and the dots on it. */
export function deleteSwotCard(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    planSwot(doc).delete(id)
    forgetDotsOn(doc, id)
  })
}

export function swotCardIds(doc: Y.Doc, quadrant: SwotQuadrant): string[] {
  return orderedIds(planSwot(doc), inQuadrant(quadrant))
}
