import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { convertMatchToAction } from '../../../shared/exercises/action-plan/action-from-match'
import { addMilestone, milestoneIds } from '../../../shared/exercises/action-plan/action-parts-doc'
import { addAction, linkActionToIndicator } from '../../../shared/exercises/action-plan/action-plan-doc'
import { addSwotCard, moveSwotCard, swotCardIds } from '../../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { addIndicator } from '../../../shared/exercises/target-setting/target-setting-doc'
import {
  addMatch,
  addNeed,
  moveNeed,
  needIds,
} from '../../../shared/exercises/resource-matching/resource-matching-doc'
import {
  addProblemNode,
  convertProblemNodeToObjective,
  deleteProblemNode,
  moveProblemNode,
} from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'

/** Two devices editing offline from the same state, then exchanging their updates. */
function pair(setUp: (doc: Y.Doc) => void): [Y.Doc, Y.Doc] {
  const alice = new Y.Doc()
  const bob = new Y.Doc()
  setUp(alice)
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice))
  return [alice, bob]
}
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('two people editing the same plan at once', () => {
  it('drag the same SWOT card to different quadrants: exactly one card, in the same place on both', () => {
    let card = ''
    const [alice, bob] = pair((doc) => {
      card = addSwotCard(doc, 'strengths', '乌鸡地理标志')
      addSwotCard(doc, 'weaknesses', '冷链薄弱')
      addSwotCard(doc, 'opportunities', '平台合作')
    })
    moveSwotCard(alice, card, 'weaknesses')
    moveSwotCard(bob, card, 'opportunities', swotCardIds(bob, 'opportunities')[0]!)
    sync(alice, bob)
    const plan = readPlan(alice)
    expect(plan).toEqual(readPlan(bob))
    expect(plan.swot.filter((entry) => entry.id === card)).toHaveLength(1)
    expect(plan.swot).toHaveLength(3)
    expect(['weaknesses', 'opportunities']).toContain(plan.swot.find((entry) => entry.id === card)?.quadrant)
  })

  it('convert the same match at once: one action, linked to its match, with the need and resource text', () => {
    let match = ''
    const [alice, bob] = pair((doc) => {
      match = addMatch(doc, addNeed(doc, { text: '乌鸡网上销售' }), DEFAULT_RESOURCES[0]!, {
        owner: '县商务局',
      })
    })
    const fromAlice = convertMatchToAction(alice, match, 'zh-CN')
    const fromBob = convertMatchToAction(bob, match, 'en')
    expect(fromAlice).toBe(fromBob)
    sync(alice, bob)
    const plan = readPlan(alice)
    expect(plan).toEqual(readPlan(bob))
    expect(plan.actions).toHaveLength(1)
    expect(plan.actions[0]).toMatchObject({
      matchId: match,
      needText: '乌鸡网上销售',
      resourceTitle: DEFAULT_RESOURCES[0]!.title,
      owner: '县商务局',
    })
  })

  it('a match converted on one device while the other links it to an indicator keeps both', () => {
    let match = ''
    let indicator = ''
    const [alice, bob] = pair((doc) => {
      match = addMatch(doc, addNeed(doc, { text: '乌鸡网上销售' }), DEFAULT_RESOURCES[0]!)
      indicator = addIndicator(doc, { name: '脱贫人口' })
    })
    const action = convertMatchToAction(alice, match, 'zh-CN')!
    sync(alice, bob)
    linkActionToIndicator(bob, action, indicator)
    addMilestone(alice, action, { title: '网店上线' })
    sync(alice, bob)
    expect(readPlan(alice).actions[0]).toMatchObject({ matchId: match, indicatorIds: [indicator] })
    expect(readPlan(alice).actions[0]?.milestones.map((m) => m.title)).toEqual(['网店上线'])
    expect(readPlan(bob)).toEqual(readPlan(alice))
  })

  it('convert the same problem card at once: one objective', () => {
    let cause = ''
    const [alice, bob] = pair((doc) => {
      cause = addProblemNode(doc, { kind: 'cause', text: '冷链成本高' })!
    })
    convertProblemNodeToObjective(alice, cause)
    convertProblemNodeToObjective(bob, cause)
    sync(alice, bob)
    expect(readPlan(alice).objectives).toHaveLength(1)
    expect(readPlan(alice)).toEqual(readPlan(bob))
  })

  it('move two cards under each other at once: no loop, no lost card, the same tree on both', () => {
    let a = ''
    let b = ''
    const [alice, bob] = pair((doc) => {
      a = addProblemNode(doc, { kind: 'cause', text: 'A' })!
      b = addProblemNode(doc, { kind: 'cause', text: 'B' })!
    })
    expect(moveProblemNode(alice, a, { parentId: b })).toBe(true)
    expect(moveProblemNode(bob, b, { parentId: a })).toBe(true)
    sync(alice, bob)
    const tree = readPlan(alice).problemTree
    expect(tree).toEqual(readPlan(bob).problemTree)
    expect(tree.nodes.map((node) => node.text).sort()).toEqual(['A', 'B'])
    expect(tree.nodes.filter((node) => node.parentId === null)).toHaveLength(1)
  })

  it('delete a card while the other hangs a new cause on it: the new cause survives on the core', () => {
    let a = ''
    const [alice, bob] = pair((doc) => {
      a = addProblemNode(doc, { kind: 'cause', text: 'A' })!
    })
    deleteProblemNode(alice, a)
    addProblemNode(bob, { kind: 'cause', parentId: a, text: 'A1' })
    sync(alice, bob)
    expect(readPlan(alice).problemTree.nodes).toMatchObject([{ text: 'A1', parentId: null, depth: 1 }])
    expect(readPlan(bob)).toEqual(readPlan(alice))
  })

  it('reorder needs and add milestones at once: every item kept, one order on both', () => {
    let action = ''
    const [alice, bob] = pair((doc) => {
      for (const text of ['乌鸡', '冷链', '培训']) addNeed(doc, { text })
      action = addAction(doc, { title: '网店' })
    })
    const [first, , last] = needIds(alice)
    moveNeed(alice, last!, first!)
    moveNeed(bob, first!, null)
    addMilestone(alice, action, { title: '上线' })
    addMilestone(bob, action, { title: '首批订单' })
    sync(alice, bob)
    expect(needIds(alice)).toEqual(needIds(bob))
    expect(needIds(alice)).toHaveLength(3)
    expect(milestoneIds(alice, action)).toEqual(milestoneIds(bob, action))
    expect(milestoneIds(alice, action)).toHaveLength(2)
  })
})
