import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import {
  addObjective,
  addProblemNode,
  convertProblemNodeToObjective,
  deleteObjective,
  deleteProblemNode,
  moveObjective,
  moveProblemNode,
  objectiveIds,
  problemNodeIds,
  setCoreProblem,
  setProblemNodeText,
  updateObjective,
} from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { planProblemNodes } from '../../../shared/exercises/problem-tree/problem-tree-doc'

/** [text, kind, parent's text or null, depth] of every card in reading order. */
const shape = (doc: Y.Doc) => {
  const { nodes } = readPlan(doc).problemTree
  const text = (id: string | null) => nodes.find((node) => node.id === id)?.text ?? null
  return nodes.map((node) => [node.text, node.kind, text(node.parentId), node.depth])
}

describe('problem tree', () => {
  it('hangs causes below and effects above the core, layer by layer, siblings in their order', () => {
    const doc = new Y.Doc()
    setCoreProblem(doc, '乌鸡卖不上价')
    const market = addProblemNode(doc, { kind: 'cause', text: '只能在集市卖' })!
    const coldChain = addProblemNode(doc, { kind: 'cause', text: '冷链成本高' })!
    addProblemNode(doc, { kind: 'cause', parentId: market, text: '没有网店' })
    addProblemNode(doc, { kind: 'effect', text: '收入低' })
    addProblemNode(doc, { kind: 'cause', text: '缺品牌' }, undefined)
    addProblemNode(doc, { kind: 'cause', text: '道路差', beforeId: coldChain })
    expect(readPlan(doc).problemTree.coreProblem).toBe('乌鸡卖不上价')
    expect(shape(doc)).toEqual([
      ['只能在集市卖', 'cause', null, 1],
      ['没有网店', 'cause', '只能在集市卖', 2],
      ['道路差', 'cause', null, 1],
      ['冷链成本高', 'cause', null, 1],
      ['缺品牌', 'cause', null, 1],
      ['收入低', 'effect', null, 1],
    ])
    expect(problemNodeIds(doc, null, 'effect')).toHaveLength(1)
    expect(problemNodeIds(doc, market)).toHaveLength(1)
  })

  it('a card hung under another takes its kind, whatever was asked', () => {
    const doc = new Y.Doc()
    const effect = addProblemNode(doc, { kind: 'effect', text: '收入低' })!
    addProblemNode(doc, { kind: 'cause', parentId: effect, text: '子女辍学' })
    expect(shape(doc)).toContainEqual(['子女辍学', 'effect', '收入低', 2])
    expect(addProblemNode(doc, { kind: 'cause', parentId: 'gone-gone-gone' })).toBeNull()
  })

  it('moves a branch to the other side of the core, turning its causes into effects', () => {
    const doc = new Y.Doc()
    const a = addProblemNode(doc, { kind: 'cause', text: 'A' })!
    addProblemNode(doc, { kind: 'cause', parentId: a, text: 'A1' })
    const e = addProblemNode(doc, { kind: 'effect', text: 'E' })!
    expect(moveProblemNode(doc, a, { parentId: e })).toBe(true)
    expect(shape(doc)).toEqual([
      ['E', 'effect', null, 1],
      ['A', 'effect', 'E', 2],
      ['A1', 'effect', 'A', 3],
    ])
    expect(moveProblemNode(doc, a, { parentId: null, kind: 'cause' })).toBe(true)
    expect(shape(doc)[0]).toEqual(['A', 'cause', null, 1])
    expect(shape(doc)[1]).toEqual(['A1', 'cause', 'A', 2])
  })

  it('refuses to move a card under itself or below itself', () => {
    const doc = new Y.Doc()
    const a = addProblemNode(doc, { kind: 'cause', text: 'A' })!
    const a1 = addProblemNode(doc, { kind: 'cause', parentId: a, text: 'A1' })!
    expect(moveProblemNode(doc, a, { parentId: a })).toBe(false)
    expect(moveProblemNode(doc, a, { parentId: a1 })).toBe(false)
    expect(shape(doc)).toEqual([
      ['A', 'cause', null, 1],
      ['A1', 'cause', 'A', 2],
    ])
  })

  it('deleting a card moves the cards below it up instead of deleting them', () => {
    const doc = new Y.Doc()
    const a = addProblemNode(doc, { kind: 'cause', text: 'A' })!
    const a1 = addProblemNode(doc, { kind: 'cause', parentId: a, text: 'A1' })!
    addProblemNode(doc, { kind: 'cause', parentId: a1, text: 'A1x' })
    deleteProblemNode(doc, a1)
    expect(shape(doc)).toEqual([
      ['A', 'cause', null, 1],
      ['A1x', 'cause', 'A', 2],
    ])
    setProblemNodeText(doc, a, 'A!')
    expect(shape(doc)[0]?.[0]).toBe('A!')
  })

  it('converts a card into an objective that remembers its card, once however often it is clicked', () => {
    const doc = new Y.Doc()
    const cause = addProblemNode(doc, { kind: 'cause', text: '冷链成本高' })!
    const id = convertProblemNodeToObjective(doc, cause)!
    expect(convertProblemNodeToObjective(doc, cause)).toBe(id)
    updateObjective(doc, id, { text: '降低冷链成本' })
    expect(readPlan(doc).objectives).toMatchObject([{ id, text: '降低冷链成本', sourceNodeId: cause }])
    expect(convertProblemNodeToObjective(doc, 'no-such-card')).toBeNull()
    // The card goes; the objective stays, without a source.
    deleteProblemNode(doc, cause)
    expect(readPlan(doc).objectives).toMatchObject([{ id, text: '降低冷链成本', sourceNodeId: null }])
  })

  it('orders objectives by fractional keys: add before, move, delete', () => {
    const doc = new Y.Doc()
    const b = addObjective(doc, 'B')
    const a = addObjective(doc, 'A', b)
    const c = addObjective(doc, 'C')
    moveObjective(doc, c, a)
    expect(objectiveIds(doc)).toEqual([c, a, b])
    moveObjective(doc, c, null)
    expect(readPlan(doc).objectives.map((objective) => objective.text)).toEqual(['A', 'B', 'C'])
    deleteObjective(doc, a)
    expect(objectiveIds(doc)).toEqual([b, c])
  })

  it('reads a damaged tree (lost parent, loop, bad kind) the same way on every device', () => {
    const doc = new Y.Doc()
    const a = addProblemNode(doc, { kind: 'cause', text: 'A' })!
    const b = addProblemNode(doc, { kind: 'cause', text: 'B' })!
    const orphan = addProblemNode(doc, { kind: 'effect', text: 'orphan' })!
    const nodes = planProblemNodes(doc)
    nodes.get(a)!.set('parentId', b)
    nodes.get(b)!.set('parentId', a)
    nodes.get(orphan)!.set('parentId', 'deleted-elsewhere')
    nodes.get(orphan)!.set('kind', 42)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect(shape(doc)).toEqual([
      ['orphan', 'cause', null, 1],
      ['A', 'cause', null, 1],
      ['B', 'cause', 'A', 2],
    ])
    expect(readPlan(copy)).toEqual(readPlan(doc))
  })
})
