import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import { addProblemNode } from '../../../shared/exercises/problem-tree/problem-tree-doc'
import {
  CORE_DROP_ID,
  problemDrop,
  sideDropId,
} from '../../../renderer/src/exercises/problem-tree/problem-tree-drop'

function tree() {
  const doc = new Y.Doc()
  const market = addProblemNode(doc, { kind: 'cause', text: '只能在集市零卖' })!
  const coldChain = addProblemNode(doc, { kind: 'cause', text: '冷链运输成本高' })!
  const roads = addProblemNode(doc, { kind: 'cause', parentId: coldChain, text: '村道狭窄' })!
  const income = addProblemNode(doc, { kind: 'effect', text: '养殖收入低' })!
  return { nodes: readPlan(doc).problemTree.nodes, market, coldChain, roads, income }
}

describe('what dropping a problem-tree card does', () => {
  it('hangs the card on the card it is dropped on, taking that card’s side', () => {
    const { nodes, market, roads, income } = tree()
    expect(problemDrop(nodes, market, roads)).toEqual({ kind: 'move', parentId: roads, side: 'cause' })
    expect(problemDrop(nodes, market, income)).toEqual({ kind: 'move', parentId: income, side: 'effect' })
  })

  it('hangs it directly on the core when dropped on the core (same side) or on a side’s area', () => {
    const { nodes, roads, income } = tree()
    expect(problemDrop(nodes, roads, CORE_DROP_ID)).toEqual({ kind: 'move', parentId: null, side: 'cause' })
    expect(problemDrop(nodes, income, sideDropId('cause'))).toEqual({
      kind: 'move',
      parentId: null,
      side: 'cause',
    })
    expect(problemDrop(nodes, roads, sideDropId('effect'))).toEqual({
      kind: 'move',
      parentId: null,
      side: 'effect',
    })
  })

  it('changes nothing when dropped on itself, on nothing, or where it already hangs', () => {
    const { nodes, market, coldChain, roads, income } = tree()
    expect(problemDrop(nodes, market, market)).toEqual({ kind: 'unchanged' })
    expect(problemDrop(nodes, market, null)).toEqual({ kind: 'unchanged' })
    expect(problemDrop(nodes, roads, coldChain)).toEqual({ kind: 'unchanged' })
    expect(problemDrop(nodes, market, CORE_DROP_ID)).toEqual({ kind: 'unchanged' })
    expect(problemDrop(nodes, income, sideDropId('effect'))).toEqual({ kind: 'unchanged' })
    expect(problemDrop(nodes, 'gone', market)).toEqual({ kind: 'unchanged' })
  })

  it('refuses to hang a card on a card below it, which would make a loop', () => {
    const { nodes, coldChain, roads } = tree()
    expect(problemDrop(nodes, coldChain, roads)).toEqual({ kind: 'loop' })
  })
})
