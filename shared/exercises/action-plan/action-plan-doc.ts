import * as Y from 'yjs'
import { newId } from '../../ids/new-id'
import { setFields, type ItemMap } from '../../live/item-fields'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../live/ordered-map'
import type { ActionFields } from './action-plan-schema'

/**
 * The action plan in the plan document: measures with their milestones and budget lines (both ordered
 * collections nested in the action, see action-parts-doc.ts), links to indicators (a nested set, so
 * concurrent links merge) and the match each grew from. The description is a nested Y.XmlFragment: bind
 * a TipTap editor to `actionDescription(doc, id)` exactly as to a plan prose field.
 *   actions  ordered { batch, title, description: Y.XmlFragment, …, milestones: ordered,
 *                      budgetLines: ordered, indicatorIds: Y.Map{id: true}, matchId, needText, resourceTitle }
 */
export const ACTION_PLAN_ROOTS = ['actions'] as const

export const planActions = (doc: Y.Doc) => doc.getMap(ACTION_PLAN_ROOTS[0]) as OrderedCollection

const EMPTY_ACTION: ActionFields = {
  batch: null,
  title: '',
  villagesCovered: null,
  beneficiaryHouseholds: null,
  beneficiaryPeople: null,
  shareRegisteredPoor: null,
  mechanism: null,
  owner: '',
  partner: '',
  startDate: null,
  endDate: null,
}

/** Inserts a new action with its nested types, in the caller's transaction. */
export function insertAction(
  doc: Y.Doc,
  id: string,
  fields: Partial<ActionFields> & {
    matchId?: string | null
    needText?: string
    resourceTitle?: object | null
  },
  beforeId: string | null,
): ItemMap {
  return insertItem(
    planActions(doc),
    id,
    {
      ...EMPTY_ACTION,
      matchId: null,
      needText: '',
      resourceTitle: null,
      ...fields,
      description: new Y.XmlFragment(),
      milestones: new Y.Map(),
      budgetLines: new Y.Map(),
      indicatorIds: new Y.Map<boolean>(),
    },
    { beforeId },
  )
}

export function addAction(
  doc: Y.Doc,
  fields: Partial<ActionFields> = {},
  beforeId: string | null = null,
  id = newId(),
): string {
  doc.transact(() => insertAction(doc, id, fields, beforeId))
  return id
}

export const actionAt = (doc: Y.Doc, id: string): ItemMap | null => {
  const action = planActions(doc).get(id)
  return action instanceof Y.Map ? action : null
}

export function updateAction(doc: Y.Doc, id: string, patch: Partial<ActionFields>): void {
  const action = actionAt(doc, id)
  if (action) doc.transact(() => setFields(action, patch))
}

export function moveAction(doc: Y.Doc, id: string, beforeId: string | null): void {
  moveItem(planActions(doc), id, { beforeId })
}

export const actionIds = (doc: Y.Doc) => orderedIds(planActions(doc))

export function deleteAction(doc: Y.Doc, id: string): void {
  planActions(doc).delete(id)
}

/**
 * A nested shared type of an action, created in place if a damaged or foreign action lacks it.
 * (Actions made by this app always have them: creating one lazily on two devices at once would let
 * one device's copy win, which is why it is only a repair path.)
 */
export function nestedOf<T extends Y.XmlFragment | Y.Map<unknown>>(
  doc: Y.Doc,
  actionId: string,
  key: string,
  Type: new () => T,
): T | null {
  const action = actionAt(doc, actionId)
  if (!action) return null
  const value = action.get(key)
  if (value instanceof Type) return value
  const created = new Type()
  doc.transact(() => action.set(key, created))
  return created
}

/** The action's description, for a TipTap editor (Collaboration `fragment` option). */
export const actionDescription = (doc: Y.Doc, actionId: string) =>
  nestedOf(doc, actionId, 'description', Y.XmlFragment)

const indicatorLinksOf = (doc: Y.Doc, actionId: string) => nestedOf(doc, actionId, 'indicatorIds', Y.Map)

export function linkActionToIndicator(doc: Y.Doc, actionId: string, indicatorId: string): void {
  indicatorLinksOf(doc, actionId)?.set(indicatorId, true)
}

export function unlinkActionFromIndicator(doc: Y.Doc, actionId: string, indicatorId: string): void {
  indicatorLinksOf(doc, actionId)?.delete(indicatorId)
}
