import * as Y from 'yjs'
import { newId } from '../../ids/new-id'
import type { Localized } from '../../locale/locale'
import { setFields } from '../../live/item-fields'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../live/ordered-map'
import type { MatchStatus, NeedKind } from '../../vocabulary/plan-vocabulary'

/**
 * Resource matching: the county's needs and products on cards, and matches of catalogue resources
 * to them (what the matrix view shows as needs × resources). Its roots in the plan document:
 *   needs    ordered { kind, text }                                                        (v2)
 *   matches  ordered { needId, resourceId, resourceTitle, resourceProvider, commitment, owner, status } (v2)
 */
export const RESOURCE_MATCHING_ROOTS = ['needs', 'matches'] as const
type ResourceMatchingRoot = (typeof RESOURCE_MATCHING_ROOTS)[number]

export const planNeeds = (doc: Y.Doc) =>
  doc.getMap('needs' satisfies ResourceMatchingRoot) as OrderedCollection
export const planMatches = (doc: Y.Doc) =>
  doc.getMap('matches' satisfies ResourceMatchingRoot) as OrderedCollection

export function addNeed(
  doc: Y.Doc,
  fields: { kind?: NeedKind; text?: string },
  beforeId: string | null = null,
  id = newId(),
): string {
  doc.transact(() =>
    insertItem(planNeeds(doc), id, { kind: fields.kind ?? 'need', text: fields.text ?? '' }, { beforeId }),
  )
  return id
}

export function updateNeed(doc: Y.Doc, id: string, patch: { kind?: NeedKind; text?: string }): void {
  const need = planNeeds(doc).get(id)
  if (need instanceof Y.Map) doc.transact(() => setFields(need, patch))
}

export function moveNeed(doc: Y.Doc, id: string, beforeId: string | null): void {
  moveItem(planNeeds(doc), id, { beforeId })
}

export const needIds = (doc: Y.Doc) => orderedIds(planNeeds(doc))

/**
 * Deletes a need and its matches. Actions made from those matches stay: they keep the need's text.
 * A match made concurrently on another device survives and reads back with no need.
 */
export function deleteNeed(doc: Y.Doc, id: string): void {
  const matches = planMatches(doc)
  doc.transact(() => {
    planNeeds(doc).delete(id)
    for (const matchId of [...matches.keys()]) {
      const match = matches.get(matchId)
      if (match instanceof Y.Map && match.get('needId') === id) matches.delete(matchId)
    }
  })
}

/** The part of a catalogue resource a match keeps a copy of. */
export interface MatchedResource {
  id: string
  title: Localized
  provider: Localized
}

export interface MatchFields {
  commitment: string
  owner: string
  status: MatchStatus
}

const needIs = (needId: string) => (item: Y.Map<unknown>) => item.get('needId') === needId

/** Matches a resource to a need (a resource dropped on a need card); last among that need's matches. */
export function addMatch(
  doc: Y.Doc,
  needId: string,
  resource: MatchedResource,
  fields: Partial<MatchFields> = {},
  id = newId(),
): string {
  doc.transact(() =>
    insertItem(
      planMatches(doc),
      id,
      {
        needId,
        resourceId: resource.id,
        resourceTitle: { ...resource.title },
        resourceProvider: { ...resource.provider },
        commitment: fields.commitment ?? '',
        owner: fields.owner ?? '',
        status: fields.status ?? 'proposed',
      },
      { group: needIs(needId) },
    ),
  )
  return id
}

export function updateMatch(doc: Y.Doc, id: string, patch: Partial<MatchFields>): void {
  const match = planMatches(doc).get(id)
  if (match instanceof Y.Map) doc.transact(() => setFields(match, patch))
}

/** Reorders a match among its need's matches, or moves it to another need. */
export function moveMatch(
  doc: Y.Doc,
  id: string,
  target: { needId: string; beforeId?: string | null },
): void {
  moveItem(planMatches(doc), id, {
    beforeId: target.beforeId ?? null,
    group: needIs(target.needId),
    patch: { needId: target.needId },
  })
}

/** Match ids in order, optionally those of one need. */
export const matchIds = (doc: Y.Doc, needId?: string) =>
  orderedIds(planMatches(doc), needId === undefined ? undefined : needIs(needId))

/** Deletes a match; an action made from it keeps the need and resource text. */
export function deleteMatch(doc: Y.Doc, id: string): void {
  planMatches(doc).delete(id)
}
