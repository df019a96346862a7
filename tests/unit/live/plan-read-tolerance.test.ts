import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { planActions, planInfo } from '../../../shared/live/plan-roots'
import {
  planObjectives,
  planProblemNodes,
  planProblemTree,
} from '../../../shared/exercises/problem-tree/problem-tree-doc'
import { planControl } from '../../../shared/exercises/sign-off/sign-off-doc'
import { planBenefit, planIndicators } from '../../../shared/exercises/target-setting/target-setting-doc'
import { planMatches, planNeeds } from '../../../shared/exercises/resource-matching/resource-matching-doc'
import { fillLueyangPlan } from '../../support/lueyang-plan'

/**
 * What a buggy or hostile client can write into a plan. Each write is applied to a complete Lueyang
 * plan; readPlan must still answer, with the damaged value read as blank or the item left out.
 */
const DAMAGE: [
  string,
  (doc: Y.Doc, ids: ReturnType<typeof fillLueyangPlan>) => void,
  (plan: ReturnType<typeof readPlan>) => void,
][] = [
  [
    'info fields of the wrong type',
    (doc) => {
      planInfo(doc).set('title', 42)
      planInfo(doc).set('startYear', 'soon')
      planControl(doc).set('status', 'published')
    },
    (plan) => expect(plan.info).toEqual({ title: '', startYear: null, endYear: 2020, status: 'draft' }),
  ],
  [
    'a core problem that is not text',
    (doc) => planProblemTree(doc).set('coreProblem', { evil: true }),
    (plan) => expect(plan.problemTree.coreProblem).toBe(''),
  ],
  [
    'a problem card that is not a map, and one with a numeric text',
    (doc, ids) => {
      planProblemNodes(doc).set('junk', 'card' as never)
      planProblemNodes(doc).get(ids.effectId)!.set('text', 7)
    },
    (plan) => {
      expect(plan.problemTree.nodes).toHaveLength(3)
      expect(plan.problemTree.nodes.find((node) => node.kind === 'effect')?.text).toBe('')
    },
  ],
  [
    'an objective whose source is not a string',
    (doc, ids) => planObjectives(doc).get(ids.objectiveId)!.set('sourceNodeId', 12),
    (plan) => expect(plan.objectives[0]?.sourceNodeId).toBeNull(),
  ],
  [
    'a need of an unknown kind',
    (doc, ids) => planNeeds(doc).get(ids.needId)!.set('kind', 'wish'),
    (plan) => expect(plan.needs[0]?.kind).toBe('need'),
  ],
  [
    'a match with a bad status, a broken resource title and a need that is gone',
    (doc, ids) => {
      const match = planMatches(doc).get(ids.matchId)!
      match.set('status', 'maybe')
      match.set('resourceTitle', 'online shop')
      match.set('needId', 'no-such-need')
    },
    (plan) =>
      expect(plan.matches[0]).toMatchObject({
        status: 'proposed',
        resourceTitle: { 'zh-CN': '', en: '' },
        needId: null,
      }),
  ],
  [
    'indicator fields and targets of the wrong type',
    (doc, ids) => {
      const indicator = planIndicators(doc).get(ids.indicatorId)!
      indicator.set('attribute', 'mandatory')
      indicator.set('baselineValue', Number.NaN)
      indicator.set('baselineYear', 3000)
      const targets = indicator.get('targets') as Y.Map<unknown>
      targets.set('twenty', 5)
      targets.set('2021', '19200')
    },
    (plan) =>
      expect(plan.indicators[0]).toMatchObject({
        attribute: 'expected',
        baselineValue: null,
        baselineYear: null,
        targets: [
          { year: 2019, value: 9_600 },
          { year: 2020, value: 19_200 },
        ],
      }),
  ],
  [
    'indicator targets that are not a map',
    (doc, ids) => planIndicators(doc).get(ids.indicatorId)!.set('targets', [1, 2]),
    (plan) => expect(plan.indicators[0]?.targets).toEqual([]),
  ],
  [
    'negative and non-numeric benefit inputs',
    (doc) => {
      planBenefit(doc).set('sharePercent', -5)
      planBenefit(doc).set('unitsSold', '80000')
      planBenefit(doc).set('targetYear', 2020.5)
    },
    (plan) => expect(plan.benefit).toMatchObject({ sharePercent: null, unitsSold: null, targetYear: null }),
  ],
  [
    'an action with bad enums, dates, counts and nested types',
    (doc, ids) => {
      const action = planActions(doc).get(ids.actionId)!
      action.set('batch', 'industry')
      action.set('mechanism', 7)
      action.set('startDate', '2018-02-30')
      action.set('endDate', 'next year')
      action.set('beneficiaryPeople', -1)
      action.set('description', 'plain text')
      action.set('milestones', 'none')
      action.set('indicatorIds', ['a', 'b'])
      action.set('resourceTitle', null)
    },
    (plan) =>
      expect(plan.actions[0]).toMatchObject({
        batch: null,
        mechanism: null,
        startDate: null,
        endDate: null,
        beneficiaryPeople: null,
        description: [],
        milestones: [],
        indicatorIds: [],
        resourceTitle: null,
        title: '乌鸡网上销售——平台网店与销售渠道',
      }),
  ],
  [
    'budget lines with a bad source, year and amount',
    (doc, ids) => {
      const lines = planActions(doc).get(ids.actionId)!.get('budgetLines') as Y.Map<Y.Map<unknown>>
      const [line] = [...lines.values()]
      line!.set('source', 'lottery')
      line!.set('year', '2018')
      line!.set('amount', -100)
      lines.set('junk', 5 as never)
    },
    (plan) =>
      expect(plan.actions[0]?.budgetLines).toMatchObject([{ source: null, year: null, amount: null }]),
  ],
  [
    'collections replaced by the wrong kind of item',
    (doc) => {
      planActions(doc).set('junk', 'action' as never)
      planMatches(doc).set('junk', 3 as never)
      planIndicators(doc).set('junk', null as never)
    },
    (plan) => {
      expect(plan.actions).toHaveLength(1)
      expect(plan.matches).toHaveLength(1)
      expect(plan.indicators).toHaveLength(1)
    },
  ],
]

describe('reading a damaged plan', () => {
  it.each(DAMAGE)('survives %s', (_name, damage, check) => {
    const doc = new Y.Doc()
    const ids = fillLueyangPlan(doc)
    damage(doc, ids)
    const plan = readPlan(doc)
    check(plan)
    // A second device reads the same damaged document into the same object.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    expect(readPlan(copy)).toEqual(plan)
  })

  it('reads an unmigrated, empty document as an empty plan', () => {
    const plan = readPlan(new Y.Doc())
    expect(plan.schemaVersion).toBe(0)
    expect(plan.info.status).toBe('draft')
    const migrated = new Y.Doc()
    migratePlanDoc(migrated)
    expect({ ...readPlan(migrated), schemaVersion: 0 }).toEqual(plan)
  })
})
