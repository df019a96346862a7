import * as Y from 'yjs'
import { newId } from '../../ids/new-id'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../live/ordered-map'
import { fitSwotCardText } from './swot-card-text'
import type { SwotQuadrant } from './swot-schema'

/** The one root the SWOT board owns: ordered cards { quadrant, text }. */
export const SWOT_ROOTS = ['swot'] as const

export const planSwot = (doc: Y.Doc) => doc.getMap('swot') as OrderedCollection

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

/** Deletes a card; its dots stop counting, as ballots count only cards that exist. */
export function deleteSwotCard(doc: Y.Doc, id: string): void {
  planSwot(doc).delete(id)
}

export function swotCardIds(doc: Y.Doc, quadrant: SwotQuadrant): string[] {
  return orderedIds(planSwot(doc), inQuadrant(quadrant))
}
