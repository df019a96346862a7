import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addIndicator,
  deleteIndicator,
  indicatorIds,
  moveIndicator,
  setBenefitInput,
  setIndicatorTarget,
  updateIndicator,
} from '../../../shared/exercises/target-setting/target-setting-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import { addObjective, deleteObjective } from '../../../shared/exercises/problem-tree/problem-tree-doc'

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('indicator table', () => {
  it('starts a row blank and expected, and reads every column back', () => {
    const doc = new Y.Doc()
    const objective = addObjective(doc, '打通网上销售渠道')
    const id = addIndicator(doc)
    updateIndicator(doc, id, {
      name: '脱贫人口',
      kind: 'people-lifted',
      unit: '人',
      baselineValue: 0,
      baselineYear: 2018,
      attribute: 'binding',
      responsibleUnit: '县扶贫办',
      verificationSource: '建档立卡信息系统',
      objectiveId: objective,
    })
    setIndicatorTarget(doc, id, 2020, 19_200)
    setIndicatorTarget(doc, id, 2019, 9_600)
    expect(readPlan(doc).indicators).toEqual([
      {
        id,
        name: '脱贫人口',
        kind: 'people-lifted',
        unit: '人',
        baselineValue: 0,
        baselineYear: 2018,
        targets: [
          { year: 2019, value: 9_600 },
          { year: 2020, value: 19_200 },
        ],
        attribute: 'binding',
        responsibleUnit: '县扶贫办',
        verificationSource: '建档立卡信息系统',
        objectiveId: objective,
        order: expect.any(String),
      },
    ])
    expect(readPlan(new Y.Doc()).indicators).toEqual([])
    const blank = addIndicator(doc)
    expect(readPlan(doc).indicators[1]).toMatchObject({ id: blank, kind: 'other', attribute: 'expected' })
  })

  it('clears a target with null and ignores impossible years', () => {
    const doc = new Y.Doc()
    const id = addIndicator(doc, { name: '网络销售额' })
    setIndicatorTarget(doc, id, 2019, 100)
    setIndicatorTarget(doc, id, 2019, null)
    setIndicatorTarget(doc, id, 20_190, 100)
    setIndicatorTarget(doc, id, 2020, Number.NaN)
    expect(readPlan(doc).indicators[0]?.targets).toEqual([])
  })

  it('two people filling in different years at once both keep their figure', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    const id = addIndicator(alice, { name: '脱贫人口' })
    sync(alice, bob)
    setIndicatorTarget(alice, id, 2019, 9_600)
    setIndicatorTarget(bob, id, 2020, 19_200)
    sync(alice, bob)
    expect(readPlan(bob).indicators[0]?.targets).toEqual([
      { year: 2019, value: 9_600 },
      { year: 2020, value: 19_200 },
    ])
    expect(readPlan(alice)).toEqual(readPlan(bob))
  })

  it('reorders rows and deletes them; a deleted objective unlinks its indicators', () => {
    const doc = new Y.Doc()
    const objective = addObjective(doc, '增收')
    const a = addIndicator(doc, { name: 'A', objectiveId: objective })
    const b = addIndicator(doc, { name: 'B' })
    moveIndicator(doc, b, a)
    expect(indicatorIds(doc)).toEqual([b, a])
    deleteObjective(doc, objective)
    expect(readPlan(doc).indicators.find((indicator) => indicator.id === a)?.objectiveId).toBeNull()
    deleteIndicator(doc, b)
    expect(indicatorIds(doc)).toEqual([a])
  })
})

describe('benefit inputs', () => {
  it('stores what the group typed, and nothing for what it cleared', () => {
    const doc = new Y.Doc()
    setBenefitInput(doc, 'sharePercent', 60)
    setBenefitInput(doc, 'profitPerUnit', 75)
    setBenefitInput(doc, 'targetYear', 2020)
    setBenefitInput(doc, 'profitPerUnit', null)
    setBenefitInput(doc, 'unitsSold', Number.POSITIVE_INFINITY)
    expect(readPlan(doc).benefit).toMatchObject({
      sharePercent: 60,
      profitPerUnit: null,
      unitsSold: null,
      targetYear: 2020,
      basePoorPeople: null,
    })
  })
})
