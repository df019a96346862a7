import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import { addProblemNode, setCoreProblem } from '../../../shared/exercises/problem-tree/problem-tree-doc'
import {
  branchOf,
  childCount,
  moveOptions,
  moveTargetKey,
  problemTreeLayers,
} from '../../../renderer/src/exercises/problem-tree/problem-tree-layers'

/** The Lueyang tree of the workshop's first morning, with a second-layer effect and two sub-causes. */
function lueyangTree() {
  const doc = new Y.Doc()
  setCoreProblem(doc, '贫困户养的乌鸡卖不上价')
  const market = addProblemNode(doc, { kind: 'cause', text: '只能在集市零卖' })!
  const coldChain = addProblemNode(doc, { kind: 'cause', text: '冷链运输成本高' })!
  const roads = addProblemNode(doc, { kind: 'cause', parentId: coldChain, text: '村道狭窄' })!
  const shop = addProblemNode(doc, { kind: 'cause', parentId: market, text: '没有网店' })!
  const potholes = addProblemNode(doc, { kind: 'cause', parentId: roads, text: '雨季塌方' })!
  const income = addProblemNode(doc, { kind: 'effect', text: '养殖收入低' })!
  const school = addProblemNode(doc, { kind: 'effect', parentId: income, text: '子女辍学' })!
  const ids = { market, coldChain, roads, shop, potholes, income, school }
  return { nodes: readPlan(doc).problemTree.nodes, ids }
}

/** A layer as a person reads it: the texts of each cluster, left to right. */
const read = (layer: ReturnType<typeof problemTreeLayers>['causes'][number], text: (id: string) => string) =>
  layer.clusters.map((cluster) => cluster.nodes.map((node) => text(node.id)))

describe('the problem tree as layers on the board', () => {
  it('draws effects from the farthest down to the core, then causes from the core down to the deepest', () => {
    const { nodes } = lueyangTree()
    const text = (id: string) => nodes.find((node) => node.id === id)!.text
    const { effects, causes } = problemTreeLayers(nodes)
    expect(effects.map((layer) => [layer.side, layer.depth])).toEqual([
      ['effect', 2],
      ['effect', 1],
    ])
    expect(causes.map((layer) => [layer.side, layer.depth])).toEqual([
      ['cause', 1],
      ['cause', 2],
      ['cause', 3],
    ])
    expect(read(effects[0]!, text)).toEqual([['子女辍学']])
    expect(read(causes[0]!, text)).toEqual([['只能在集市零卖', '冷链运输成本高']])
  })

  it('groups a layer by the card its cards hang on, in the order of the layer above', () => {
    const { nodes, ids } = lueyangTree()
    const text = (id: string) => nodes.find((node) => node.id === id)!.text
    const second = problemTreeLayers(nodes).causes[1]!
    // "No web shop" was added after "narrow roads", but hangs on the first card of the layer above.
    expect(read(second, text)).toEqual([['没有网店'], ['村道狭窄']])
    expect(second.clusters.map((cluster) => cluster.parentId)).toEqual([ids.market, ids.coldChain])
  })

  it('has no layers for an empty side', () => {
    expect(problemTreeLayers([])).toEqual({ effects: [], causes: [] })
  })
})

describe('where a card can move', () => {
  it('knows the branch below a card and the cards hanging directly on it', () => {
    const { nodes, ids } = lueyangTree()
    expect(branchOf(nodes, ids.coldChain)).toEqual(new Set([ids.coldChain, ids.roads, ids.potholes]))
    expect(branchOf(nodes, ids.shop)).toEqual(new Set([ids.shop]))
    expect(childCount(nodes, ids.coldChain)).toBe(1)
    expect(childCount(nodes, ids.potholes)).toBe(0)
  })

  it('offers the core on both sides and every card, blocking the card itself and its branch', () => {
    const { nodes, ids } = lueyangTree()
    const options = moveOptions(nodes, ids.coldChain)
    const summary = Object.fromEntries(
      options.map((option) => [moveTargetKey(option.target), [option.blocked, option.current]]),
    )
    expect(summary).toEqual({
      'core:cause': [null, true],
      'core:effect': [null, false],
      [ids.market]: [null, false],
      [ids.shop]: [null, false],
      [ids.coldChain]: ['self', false],
      [ids.roads]: ['below', false],
      [ids.potholes]: ['below', false],
      [ids.income]: [null, false],
      [ids.school]: [null, false],
    })
    // Cards come in board order, causes then effects, so the list reads like the tree.
    expect(options.slice(2).map((option) => moveTargetKey(option.target))).toEqual([
      ids.market,
      ids.shop,
      ids.coldChain,
      ids.roads,
      ids.potholes,
      ids.income,
      ids.school,
    ])
  })

  it('marks the card a sub-cause hangs on as its current place', () => {
    const { nodes, ids } = lueyangTree()
    const current = moveOptions(nodes, ids.roads).filter((option) => option.current)
    expect(current.map((option) => moveTargetKey(option.target))).toEqual([ids.coldChain])
    expect(moveOptions(nodes, 'gone')).toEqual([])
  })
})
