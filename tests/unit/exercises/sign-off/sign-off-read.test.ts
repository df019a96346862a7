import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  planInfo,
  setPlanStatus,
  SIGN_OFF_ROOTS,
  signOffProse,
  updatePlanInfo,
} from '../../../../shared/exercises/sign-off/sign-off-doc'
import { readPlanInfo, readSignOffProse } from '../../../../shared/exercises/sign-off/sign-off-read'
import { setProseParagraphs } from '../../../../shared/live/prose-text'

describe('the sign-off part of a plan document', () => {
  it('owns the cover details and the review schedule', () => {
    expect(SIGN_OFF_ROOTS).toEqual(['info', 'prose:monitoring'])
  })

  it('reads back what was written', () => {
    const doc = new Y.Doc()
    updatePlanInfo(doc, { title: '略阳县方案', startYear: 2021, endYear: 2023 })
    setPlanStatus(doc, 'final')
    setProseParagraphs(signOffProse(doc, 'monitoring'), ['每季度汇总', '年底评估'])
    expect(readPlanInfo(doc)).toEqual({
      title: '略阳县方案',
      startYear: 2021,
      endYear: 2023,
      status: 'final',
    })
    expect(readSignOffProse(doc)).toEqual({ monitoring: ['每季度汇总', '年底评估'] })
  })

  it("reads the status from the facilitator's control root, never from info", () => {
    const doc = new Y.Doc()
    planInfo(doc).set('status', 'final')
    expect(readPlanInfo(doc).status).toBe('draft')
    setPlanStatus(doc, 'final')
    expect(readPlanInfo(doc).status).toBe('final')
  })

  it('reads an empty document as an untitled draft without a period', () => {
    expect(readPlanInfo(new Y.Doc())).toEqual({ title: '', startYear: null, endYear: null, status: 'draft' })
  })

  it('reads a year that is no plan year as blank, keeping the other fields', () => {
    const doc = new Y.Doc()
    updatePlanInfo(doc, { title: 'Plan', endYear: 2022 })
    planInfo(doc).set('startYear', 2)
    expect(readPlanInfo(doc)).toMatchObject({ title: 'Plan', startYear: null, endYear: 2022 })
    planInfo(doc).set('startYear', 2020.5)
    expect(readPlanInfo(doc).startYear).toBeNull()
    planInfo(doc).set('startYear', 2101)
    expect(readPlanInfo(doc).startYear).toBeNull()
  })
})
