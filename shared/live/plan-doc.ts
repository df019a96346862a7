import * as Y from 'yjs'
import { newId } from '../ids/new-id'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from './ordered-map'
import {
  DATA_CARD_FIELDS,
  planSchema,
  PROSE_FIELDS,
  SWOT_QUADRANTS,
  type DataCard,
  type DataCardField,
  type Plan,
  type ProseField,
  type SwotQuadrant,
} from './plan-schema'

/**
 * The one definition of a county plan's Yjs document. Everything that reads or writes a plan goes
 * through these accessors, so the document's shape lives in one place:
 *   meta       Y.Map   { schemaVersion }
 *   dataCard   Y.Map   { <DataCardField>: number | null }      short values: last write wins
 *   swot       Y.Map   { <id>: Y.Map { quadrant, text, order } } keyed + fractional order (never a Y.Array)
 *   prose:<f>  Y.XmlFragment                                      TipTap documents, co-edited per character
 */
export const PLAN_SCHEMA_VERSION = 1

export const proseFragmentName = (field: ProseField) => `prose:${field}`

export const planMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const planDataCard = (doc: Y.Doc) => doc.getMap<number | null>('dataCard')
export const planSwot = (doc: Y.Doc) => doc.getMap('swot') as OrderedCollection
export const planProse = (doc: Y.Doc, field: ProseField) => doc.getXmlFragment(proseFragmentName(field))

export function planSchemaVersion(doc: Y.Doc): number {
  const version = planMeta(doc).get('schemaVersion')
  return typeof version === 'number' ? version : 0
}

export function setDataCardField(doc: Y.Doc, field: DataCardField, value: number | null): void {
  planDataCard(doc).set(field, value)
}

const inQuadrant = (quadrant: SwotQuadrant) => (item: Y.Map<unknown>) => item.get('quadrant') === quadrant

export function addSwotCard(doc: Y.Doc, quadrant: SwotQuadrant, text: string, id = newId()): string {
  doc.transact(() => insertItem(planSwot(doc), id, { quadrant, text }, { group: inQuadrant(quadrant) }))
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
  if (card instanceof Y.Map) card.set('text', text)
}

export function deleteSwotCard(doc: Y.Doc, id: string): void {
  planSwot(doc).delete(id)
}

export function swotCardIds(doc: Y.Doc, quadrant: SwotQuadrant): string[] {
  return orderedIds(planSwot(doc), inQuadrant(quadrant))
}

/** Plain text of each top-level block (paragraph, heading, list item) of a prose fragment. */
export function proseParagraphs(fragment: Y.XmlFragment): string[] {
  const textOf = (node: Y.XmlElement | Y.XmlText | Y.XmlHook): string => {
    if (node instanceof Y.XmlText) {
      return (node.toDelta() as { insert?: unknown }[])
        .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('')
    }
    if (node instanceof Y.XmlElement)
      return node
        .toArray()
        .map((child) => textOf(child))
        .join('')
    return ''
  }
  return fragment.toArray().map((node) => textOf(node))
}

function readDataCard(doc: Y.Doc): DataCard {
  const map = planDataCard(doc)
  return Object.fromEntries(
    DATA_CARD_FIELDS.map((field) => {
      const value = map.get(field)
      return [field, typeof value === 'number' && Number.isFinite(value) ? value : null]
    }),
  ) as DataCard
}

/** The plan as a validated plain object. Cards whose fields a buggy client damaged are left out. */
export function readPlan(doc: Y.Doc): Plan {
  const swot = planSwot(doc)
  const cards = SWOT_QUADRANTS.flatMap((quadrant) =>
    swotCardIds(doc, quadrant).map((id) => {
      const card = swot.get(id) as Y.Map<unknown>
      return { id, quadrant, text: String(card.get('text') ?? ''), order: String(card.get('order') ?? '') }
    }),
  )
  return planSchema.parse({
    schemaVersion: planSchemaVersion(doc),
    dataCard: readDataCard(doc),
    prose: Object.fromEntries(PROSE_FIELDS.map((field) => [field, proseParagraphs(planProse(doc, field))])),
    swot: cards,
  })
}
