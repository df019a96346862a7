import * as Y from 'yjs'
import { newId } from '../../ids/new-id'
import { setFields } from '../../live/item-fields'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../live/ordered-map'
import { actionAt, nestedOf } from './action-plan-doc'
import type { BudgetLineFields, MilestoneFields } from './action-plan-schema'

/** An action's milestones and budget lines: ordered collections nested in the action. */

const milestonesOf = (doc: Y.Doc, actionId: string) =>
  nestedOf(doc, actionId, 'milestones', Y.Map) as OrderedCollection | null
const budgetLinesOf = (doc: Y.Doc, actionId: string) =>
  nestedOf(doc, actionId, 'budgetLines', Y.Map) as OrderedCollection | null

function addNested(
  doc: Y.Doc,
  collection: OrderedCollection | null,
  fields: object,
  beforeId: string | null,
  id: string,
): string | null {
  if (!collection) return null
  doc.transact(() => insertItem(collection, id, { ...fields }, { beforeId }))
  return id
}

function updateNested(doc: Y.Doc, collection: OrderedCollection | null, id: string, patch: object): void {
  const item = collection?.get(id)
  if (item instanceof Y.Map) doc.transact(() => setFields(item, patch))
}

function nestedIds(doc: Y.Doc, actionId: string, key: string): string[] {
  const nested = actionAt(doc, actionId)?.get(key)
  return nested instanceof Y.Map ? orderedIds(nested as OrderedCollection) : []
}

/** Adds a milestone to an action; null when the action does not exist. */
export const addMilestone = (
  doc: Y.Doc,
  actionId: string,
  fields: Partial<MilestoneFields> = {},
  beforeId: string | null = null,
  id = newId(),
) => addNested(doc, milestonesOf(doc, actionId), { title: '', date: null, ...fields }, beforeId, id)

export const updateMilestone = (
  doc: Y.Doc,
  actionId: string,
  milestoneId: string,
  patch: Partial<MilestoneFields>,
) => updateNested(doc, milestonesOf(doc, actionId), milestoneId, patch)

export function moveMilestone(
  doc: Y.Doc,
  actionId: string,
  milestoneId: string,
  beforeId: string | null,
): void {
  const milestones = milestonesOf(doc, actionId)
  if (milestones) moveItem(milestones, milestoneId, { beforeId })
}

export function deleteMilestone(doc: Y.Doc, actionId: string, milestoneId: string): void {
  milestonesOf(doc, actionId)?.delete(milestoneId)
}

export const milestoneIds = (doc: Y.Doc, actionId: string) => nestedIds(doc, actionId, 'milestones')

/** Adds a budget line to an action; null when the action does not exist. */
export const addBudgetLine = (
  doc: Y.Doc,
  actionId: string,
  fields: Partial<BudgetLineFields> = {},
  beforeId: string | null = null,
  id = newId(),
) =>
  addNested(
    doc,
    budgetLinesOf(doc, actionId),
    { item: '', year: null, source: null, amount: null, ...fields },
    beforeId,
    id,
  )

export const updateBudgetLine = (
  doc: Y.Doc,
  actionId: string,
  lineId: string,
  patch: Partial<BudgetLineFields>,
) => updateNested(doc, budgetLinesOf(doc, actionId), lineId, patch)

export function moveBudgetLine(doc: Y.Doc, actionId: string, lineId: string, beforeId: string | null): void {
  const lines = budgetLinesOf(doc, actionId)
  if (lines) moveItem(lines, lineId, { beforeId })
}

export function deleteBudgetLine(doc: Y.Doc, actionId: string, lineId: string): void {
  budgetLinesOf(doc, actionId)?.delete(lineId)
}

export const budgetLineIds = (doc: Y.Doc, actionId: string) => nestedIds(doc, actionId, 'budgetLines')
