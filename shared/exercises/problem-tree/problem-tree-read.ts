import type * as Y from 'yjs'
import { readId } from '../../live/item-fields'
import { orderedEntries } from '../../live/ordered-map'
import { readItem } from '../../live/tolerant-read'
import type { ProblemNodeKind } from '../../vocabulary/plan-vocabulary'
import { planObjectives, planProblemNodes, planProblemTree } from './problem-tree-doc'
import {
  objectiveSchema,
  problemNodeSchema,
  problemTreeSchema,
  type Objective,
  type ProblemNode,
  type ProblemTree,
} from './problem-tree-schema'

/**
 * The tree, repaired deterministically: a card whose parent is gone (deleted on another device) or
 * that is caught in a loop (two people moved two cards under each other at once) hangs on the core
 * instead. A card's kind is that of its branch's top card, so a branch is always all causes or all
 * effects, whatever a client stored.
 */
export function readProblemTree(doc: Y.Doc): ProblemTree {
  const all = orderedEntries(planProblemNodes(doc))
  const ids = new Set(all.map((entry) => entry.id))
  const children = new Map<string | null, string[]>()
  for (const { id, item } of all) {
    const stored = readId(item, 'parentId')
    const parentId = stored !== null && stored !== id && ids.has(stored) ? stored : null
    children.set(parentId, [...(children.get(parentId) ?? []), id])
  }
  const byId = new Map(all.map((entry) => [entry.id, entry]))
  const nodes: ProblemNode[] = []
  const visited = new Set<string>()
  const visit = (id: string, parentId: string | null, kind: ProblemNodeKind, depth: number) => {
    if (visited.has(id)) return
    visited.add(id)
    const entry = byId.get(id)
    const node = entry && readItem(problemNodeSchema, entry.item, { id, kind, parentId, depth })
    if (!node) return
    nodes.push(node)
    for (const child of children.get(id) ?? []) visit(child, id, kind, depth + 1)
  }
  const kindOf = (id: string): ProblemNodeKind =>
    byId.get(id)?.item.get('kind') === 'effect' ? 'effect' : 'cause'
  const roots = children.get(null) ?? []
  for (const side of ['cause', 'effect'] as const) {
    for (const id of roots) if (kindOf(id) === side) visit(id, null, side, 1)
  }
  // What is left sits in a loop: each loop is cut at its first card in display order.
  for (const { id } of all) if (!visited.has(id)) visit(id, null, kindOf(id), 1)
  return readItem(problemTreeSchema, planProblemTree(doc), { nodes }) ?? { coreProblem: '', nodes }
}

/** The objectives in their order; one made from a card that is gone keeps its text and loses its source. */
export function readObjectives(doc: Y.Doc, nodeIds: ReadonlySet<string>): Objective[] {
  return orderedEntries(planObjectives(doc)).flatMap(({ id, item }) => {
    const source = readId(item, 'sourceNodeId')
    const sourceNodeId = source && nodeIds.has(source) ? source : null
    return readItem(objectiveSchema, item, { id, sourceNodeId }) ?? []
  })
}
