import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  actionIdFor,
  convertMatchToAction,
  isMatchConverted,
} from '../../../shared/exercises/action-plan/action-from-match'
import {
  addBudgetLine,
  addMilestone,
  budgetLineIds,
  deleteBudgetLine,
  deleteMilestone,
  milestoneIds,
  moveBudgetLine,
  moveMilestone,
  updateBudgetLine,
  updateMilestone,
} from '../../../shared/exercises/action-plan/action-parts-doc'
import {
  actionDescription,
  actionIds,
  addAction,
  deleteAction,
  linkActionToIndicator,
  moveAction,
  unlinkActionFromIndicator,
  updateAction,
} from '../../../shared/exercises/action-plan/action-plan-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { addIndicator, deleteIndicator } from '../../../shared/exercises/target-setting/target-setting-doc'
import {
  addMatch,
  addNeed,
  deleteMatch,
  deleteNeed,
  matchIds,
  moveMatch,
  moveNeed,
  needIds,
  updateMatch,
  updateNeed,
} from '../../../shared/exercises/resource-matching/resource-matching-doc'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'

const resource = (id: string) => DEFAULT_RESOURCES.find((entry) => entry.id === id)!

describe('needs and matches', () => {
  it('keeps needs in their order and edits them', () => {
    const doc = new Y.Doc()
    const chicken = addNeed(doc, { kind: 'product', text: '乌鸡' })
    const cold = addNeed(doc, { text: '冷链' })
    const training = addNeed(doc, { text: '培训' }, chicken)
    moveNeed(doc, chicken, null)
    updateNeed(doc, cold, { text: '冷链物流' })
    expect(needIds(doc)).toEqual([training, cold, chicken])
    expect(readPlan(doc).needs.map((need) => [need.kind, need.text])).toEqual([
      ['need', '培训'],
      ['need', '冷链物流'],
      ['product', '乌鸡'],
    ])
  })

  it('matches a resource to a need, keeping a copy of the resource’s title and provider', () => {
    const doc = new Y.Doc()
    const chicken = addNeed(doc, { kind: 'product', text: '乌鸡网上销售' })
    const shop = addMatch(doc, chicken, resource('online-shop'), { owner: '县商务局' })
    const training = addMatch(doc, chicken, resource('ecommerce-training'))
    updateMatch(doc, shop, { commitment: '开设网店', status: 'agreed' })
    expect(readPlan(doc).matches).toMatchObject([
      {
        id: shop,
        needId: chicken,
        resourceId: 'online-shop',
        resourceTitle: resource('online-shop').title,
        resourceProvider: resource('online-shop').provider,
        commitment: '开设网店',
        owner: '县商务局',
        status: 'agreed',
      },
      { id: training, needId: chicken, status: 'proposed', commitment: '', owner: '' },
    ])
    const cold = addNeed(doc, { text: '冷链' })
    moveMatch(doc, training, { needId: cold })
    expect(matchIds(doc, chicken)).toEqual([shop])
    expect(matchIds(doc, cold)).toEqual([training])
    moveMatch(doc, training, { needId: chicken, beforeId: shop })
    expect(matchIds(doc, chicken)).toEqual([training, shop])
    deleteMatch(doc, training)
    expect(matchIds(doc)).toEqual([shop])
  })

  it('deleting a need deletes its matches; an action made from one keeps the need and resource text', () => {
    const doc = new Y.Doc()
    const need = addNeed(doc, { text: '乌鸡网上销售' })
    const match = addMatch(doc, need, resource('online-shop'))
    const action = convertMatchToAction(doc, match, 'zh-CN')!
    deleteNeed(doc, need)
    const plan = readPlan(doc)
    expect(plan.needs).toEqual([])
    expect(plan.matches).toEqual([])
    expect(plan.actions).toMatchObject([
      { id: action, matchId: null, needText: '乌鸡网上销售', resourceTitle: resource('online-shop').title },
    ])
  })
})

describe('converting a match into an action', () => {
  it('makes one action that links back to the match and copies what it is about', () => {
    const doc = new Y.Doc()
    const need = addNeed(doc, { kind: 'product', text: '乌鸡网上销售' })
    const match = addMatch(doc, need, resource('online-shop'), {
      commitment: '开设略阳乌鸡网店',
      owner: '县商务局',
    })
    expect(isMatchConverted(doc, match)).toBe(false)
    const id = convertMatchToAction(doc, match, 'zh-CN')!
    expect(id).toBe(actionIdFor(match))
    expect(convertMatchToAction(doc, match, 'zh-CN')).toBe(id)
    expect(isMatchConverted(doc, match)).toBe(true)
    const [action, ...others] = readPlan(doc).actions
    expect(others).toEqual([])
    expect(action).toMatchObject({
      id,
      title: '乌鸡网上销售——平台网店与销售渠道',
      description: ['开设略阳乌鸡网店'],
      owner: '县商务局',
      partner: '合作平台企业',
      matchId: match,
      needText: '乌鸡网上销售',
      resourceTitle: resource('online-shop').title,
      batch: null,
      mechanism: null,
    })
  })

  it('titles the action in the language of the person converting it', () => {
    const doc = new Y.Doc()
    const match = addMatch(
      doc,
      addNeed(doc, { text: 'Sell chickens online' }),
      resource('cold-chain-logistics'),
    )
    const id = convertMatchToAction(doc, match, 'en')!
    expect(readPlan(doc).actions[0]).toMatchObject({
      id,
      title: 'Sell chickens online — Logistics and cold chain',
      partner: 'Platform partner',
      description: [],
    })
  })

  it('returns null for a match that does not exist', () => {
    expect(convertMatchToAction(new Y.Doc(), 'no-such-match', 'en')).toBeNull()
  })
})

describe('actions', () => {
  it('keep their order, fields, milestones and budget lines', () => {
    const doc = new Y.Doc()
    const shop = addAction(doc, { title: '网店' })
    const cold = addAction(doc, { title: '冷链' })
    const training = addAction(doc, { title: '培训' }, shop)
    moveAction(doc, shop, null)
    expect(actionIds(doc)).toEqual([training, cold, shop])
    const fields = {
      batch: 'production',
      mechanism: 'jobs',
      villagesCovered: 20,
      beneficiaryHouseholds: 500,
      beneficiaryPeople: 1600,
      shareRegisteredPoor: 80,
      owner: '县交通局',
      partner: '物流企业',
      startDate: '2018-04-01',
      endDate: '2019-12-31',
    } as const
    updateAction(doc, cold, fields)
    const launch = addMilestone(doc, cold, { title: '冷库建成', date: '2018-10-01' })!
    const trucks = addMilestone(doc, cold, { title: '冷链车到位' }, launch)!
    const last = addMilestone(doc, cold, { title: '验收' })!
    moveMilestone(doc, cold, last, trucks)
    updateMilestone(doc, cold, trucks, { date: '2018-08-01' })
    expect(milestoneIds(doc, cold)).toEqual([last, trucks, launch])
    deleteMilestone(doc, cold, last)

    const y2018 = addBudgetLine(doc, cold, {
      item: '冷库',
      year: 2018,
      source: 'fiscal-special',
      amount: 300_000,
    })!
    const y2019 = addBudgetLine(doc, cold, { item: '冷链车', year: 2019 })!
    updateBudgetLine(doc, cold, y2019, { source: 'enterprise', amount: 120_000 })
    moveBudgetLine(doc, cold, y2019, y2018)
    expect(budgetLineIds(doc, cold)).toEqual([y2019, y2018])
    const extra = addBudgetLine(doc, cold)!
    deleteBudgetLine(doc, cold, extra)

    const action = readPlan(doc).actions.find((entry) => entry.id === cold)!
    expect(action).toMatchObject(fields)
    expect(action.milestones.map((m) => [m.title, m.date])).toEqual([
      ['冷链车到位', '2018-08-01'],
      ['冷库建成', '2018-10-01'],
    ])
    expect(action.budgetLines.map((line) => [line.item, line.year, line.source, line.amount])).toEqual([
      ['冷链车', 2019, 'enterprise', 120_000],
      ['冷库', 2018, 'fiscal-special', 300_000],
    ])
    deleteAction(doc, training)
    expect(actionIds(doc)).toEqual([cold, shop])
    expect(addMilestone(doc, training)).toBeNull()
  })

  it('link to indicators as a set; deleting an indicator removes the links', () => {
    const doc = new Y.Doc()
    const action = addAction(doc, { title: '网店' })
    const people = addIndicator(doc, { name: '脱贫人口' })
    const sales = addIndicator(doc, { name: '网络销售额' })
    linkActionToIndicator(doc, action, people)
    linkActionToIndicator(doc, action, sales)
    linkActionToIndicator(doc, action, people)
    expect(readPlan(doc).actions[0]?.indicatorIds).toEqual([people, sales].sort())
    unlinkActionFromIndicator(doc, action, sales)
    deleteIndicator(doc, people)
    expect(readPlan(doc).actions[0]?.indicatorIds).toEqual([])
  })

  it('have a co-editable description for a TipTap editor', () => {
    const doc = new Y.Doc()
    const action = addAction(doc, { title: '网店' })
    const fragment = actionDescription(doc, action)!
    expect(actionDescription(doc, action)).toBe(fragment)
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('网店由合作社运营。')])
    fragment.insert(0, [paragraph])
    expect(readPlan(doc).actions[0]?.description).toEqual(['网店由合作社运营。'])
    expect(actionDescription(doc, 'missing')).toBeNull()
  })
})
