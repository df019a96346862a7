import * as Y from 'yjs'
import { newId } from '../../ids/new-id'
import { readId, setFields, type ItemMap } from '../../live/item-fields'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../live/ordered-map'
import type { ProblemNodeKind } from '../../vocabulary/plan-vocabulary'

/**
 * The problem tree as a layered board: the core problem in the middle, causes hanging below it and
 * effects above it, each card hanging on the core (parentId null) or on a card of the same kind.
 * Cards are converted into objectives (the tree "inverted") for the target step.
 */

/**
 * The roots the problem tree owns:
 *   problemTree   Y.Map   { coreProblem }
 *   problemNodes  ordered { kind, parentId, text }
 *   objectives    ordered { text, sourceNodeId }
 */
export const PROBLEM_TREE_ROOTS = ['problemTree', 'problemNodes', 'objectives'] as const

export const planProblemTree = (doc: Y.Doc) => doc.getMap<unknown>('problemTree')
export const planProblemNodes = (doc: Y.Doc) => doc.getMap('problemNodes') as OrderedCollection
export const planObjectives = (doc: Y.Doc) => doc.getMap('objectives') as OrderedCollection

const siblingsOf = (parentId: string | null, kind: ProblemNodeKind) => (item: ItemMap) =>
  (item.get('parentId') ?? null) === parentId && (parentId !== null || item.get('kind') === kind)

export function setCoreProblem(doc: Y.Doc, text: string): void {
  planProblemTree(doc).set('coreProblem', text)
}

/** Ids of the cards hanging directly on `parentId` (null: on the core, on the `kind` side), in order. */
export function problemNodeIds(
  doc: Y.Doc,
  parentId: string | null,
  kind: ProblemNodeKind = 'cause',
): string[] {
  return orderedIds(planProblemNodes(doc), siblingsOf(parentId, kind))
}

const nodeAt = (doc: Y.Doc, id: string): ItemMap | null => {
  const node = planProblemNodes(doc).get(id)
  return node instanceof Y.Map ? node : null
}

/** The kind a card takes under `parentId`: a card's kind always follows its parent's. */
function kindUnder(doc: Y.Doc, parentId: string | null, requested: ProblemNodeKind): ProblemNodeKind | null {
  if (parentId === null) return requested
  const parent = nodeAt(doc, parentId)
  if (!parent) return null
  return parent.get('kind') === 'effect' ? 'effect' : 'cause'
}

/**
 * Adds a card under the core (`parentId` null, on the `kind` side) or under another card, before
 * `beforeId` among its siblings or last. Returns the new id, or null if the parent no longer exists.
 */
export function addProblemNode(
  doc: Y.Doc,
  options: { kind: ProblemNodeKind; parentId?: string | null; text?: string; beforeId?: string | null },
  id = newId(),
): string | null {
  const parentId = options.parentId ?? null
  const kind = kindUnder(doc, parentId, options.kind)
  if (!kind) return null
  doc.transact(() =>
    insertItem(
      planProblemNodes(doc),
      id,
      { kind, parentId, text: options.text ?? '' },
      { beforeId: options.beforeId ?? null, group: siblingsOf(parentId, kind) },
    ),
  )
  return id
}

export function setProblemNodeText(doc: Y.Doc, id: string, text: string): void {
  nodeAt(doc, id)?.set('text', text)
}

/** The card and every card below it. */
function subtreeOf(doc: Y.Doc, id: string): Set<string> {
  const nodes = planProblemNodes(doc)
  const found = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    nodes.forEach((node, nodeId) => {
      if (found.has(nodeId) || !(node instanceof Y.Map)) return
      const parentId = readId(node, 'parentId')
      if (parentId !== null && found.has(parentId)) {
        found.add(nodeId)
        grew = true
      }
    })
  }
  return found
}

/**
 * Moves a card (with the cards below it) under another parent and/or among its siblings. Moving to
 * the other side of the core turns its branch from causes into effects or back. Returns false, and
 * changes nothing, when the target is the card itself or lies below it (that would make a loop).
 */
export function moveProblemNode(
  doc: Y.Doc,
  id: string,
  target: { parentId: string | null; kind?: ProblemNodeKind; beforeId?: string | null },
): boolean {
  const node = nodeAt(doc, id)
  if (!node) return false
  const branch = subtreeOf(doc, id)
  if (target.parentId !== null && branch.has(target.parentId)) return false
  const current = node.get('kind') === 'effect' ? 'effect' : 'cause'
  const kind = kindUnder(doc, target.parentId, target.kind ?? current)
  if (!kind) return false
  doc.transact(() => {
    moveItem(planProblemNodes(doc), id, {
      beforeId: target.beforeId ?? null,
      group: siblingsOf(target.parentId, kind),
      patch: { parentId: target.parentId, kind },
    })
    for (const nodeId of branch) {
      if (nodeId !== id) nodeAt(doc, nodeId)?.set('kind', kind)
    }
  })
  return true
}

/**
 * Deletes a card. The cards below it move up to its parent rather than vanish with it: deleting a
 * card that someone else just hung a sub-cause on must not delete their work.
 */
export function deleteProblemNode(doc: Y.Doc, id: string): void {
  const node = nodeAt(doc, id)
  if (!node) return
  const parentId = readId(node, 'parentId')
  const nodes = planProblemNodes(doc)
  doc.transact(() => {
    nodes.forEach((child) => {
      if (child instanceof Y.Map && child.get('parentId') === id) child.set('parentId', parentId)
    })
    nodes.delete(id)
  })
}

/** Objective ids in order. */
export const objectiveIds = (doc: Y.Doc) => orderedIds(planObjectives(doc))

/** An objective made from a card has an id derived from the card's id (see convert below). */
export const objectiveIdFor = (nodeId: string) => `${nodeId}-objective`

/**
 * Turns a problem-tree card into an objective, its text copied as the starting point for the group
 * to rephrase as a positive statement. Idempotent: converting the same card again (a double click,
 * or two people at once) returns the same objective, because its id is derived from the card's.
 * Returns the objective's id, or null when the card does not exist.
 */
export function convertProblemNodeToObjective(doc: Y.Doc, nodeId: string): string | null {
  const node = nodeAt(doc, nodeId)
  if (!node) return null
  const id = objectiveIdFor(nodeId)
  if (planObjectives(doc).get(id) instanceof Y.Map) return id
  const text = node.get('text')
  doc.transact(() =>
    insertItem(planObjectives(doc), id, { text: typeof text === 'string' ? text : '', sourceNodeId: nodeId }),
  )
  return id
}

/** An objective written directly rather than converted from a card. */
export function addObjective(doc: Y.Doc, text: string, beforeId: string | null = null, id = newId()): string {
  doc.transact(() => insertItem(planObjectives(doc), id, { text, sourceNodeId: null }, { beforeId }))
  return id
}

export function updateObjective(doc: Y.Doc, id: string, patch: { text?: string }): void {
  const objective = planObjectives(doc).get(id)
  if (objective instanceof Y.Map) doc.transact(() => setFields(objective, patch))
}

export function moveObjective(doc: Y.Doc, id: string, beforeId: string | null): void {
  moveItem(planObjectives(doc), id, { beforeId })
}

/** Deletes an objective; indicators that measured it read back with no objective. */
export function deleteObjective(doc: Y.Doc, id: string): void {
  planObjectives(doc).delete(id)
}
