import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addIndicator,
  deleteIndicator,
  moveIndicator,
  setBenefitInput,
  setIndicatorTarget,
  TARGET_SETTING_ROOTS,
  updateIndicator,
} from '../../../../shared/exercises/target-setting/target-setting-doc'
import { readTargetSetting } from '../../../../shared/exercises/target-setting/target-setting-read'

describe('target setting in the plan document', () => {
  it('writes only under the roots it names, so a lock on the exercise can guard them', () => {
    const doc = new Y.Doc()
    const people = addIndicator(doc, { name: '脱贫人口', kind: 'people-lifted' })
    const income = addIndicator(doc, { name: '人均增收' })
    updateIndicator(doc, income, { unit: '元' })
    setIndicatorTarget(doc, people, 2020, 19_200)
    moveIndicator(doc, income, people)
    setBenefitInput(doc, 'sharePercent', 60)
    expect([...doc.share.keys()].sort()).toEqual([...TARGET_SETTING_ROOTS].sort())
  })

  it('reaches into the action plan only to unlink the actions from an indicator it deletes', () => {
    const doc = new Y.Doc()
    deleteIndicator(doc, addIndicator(doc))
    expect([...doc.share.keys()].sort()).toEqual(['actions', 'indicators'])
  })

  it('reads its part of the plan on its own; a link to an objective that is gone reads as none', () => {
    const doc = new Y.Doc()
    const id = addIndicator(doc, { name: '脱贫人口', objectiveId: 'deleted-objective' })
    setIndicatorTarget(doc, id, 2020, 19_200)
    setBenefitInput(doc, 'sharePercent', 60)
    const read = readTargetSetting(doc, new Set())
    expect(read.indicators).toMatchObject([
      { id, objectiveId: null, targets: [{ year: 2020, value: 19_200 }] },
    ])
    expect(read.benefit).toMatchObject({ sharePercent: 60, basePoorPeople: null })
  })
})
