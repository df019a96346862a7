import { describe, expect, it } from 'vitest'
import type { FollowUpReportInput, TargetSnapshot } from '../../../shared/follow-up/follow-up-report-schema'
import {
  changesBetween,
  conflictingChange,
  reportChangesSchema,
  reportFields,
  withChange,
} from '../../../shared/follow-up/report-change'

const targets: TargetSnapshot = {
  planYear: 2019,
  indicators: [{ id: 'i1', name: '通过电商合作脱贫人口', kind: 'people-lifted', unit: '人', target: 9_600 }],
  actions: [{ id: 'a1', title: '开设略阳乌鸡网店' }],
  matches: [{ id: 'm1', title: { 'zh-CN': '平台网店', en: 'Online shop' } }],
  peoplePlanned: 19_200,
  peoplePlannedBy: 2020,
}

const empty: FollowUpReportInput = {
  indicators: [],
  actions: [],
  matches: [],
  narrative: '',
  reporterName: '',
}

describe('a report saved field by field', () => {
  it('adds an entry named for the first time and changes one field of an entry, leaving the rest', () => {
    const withActual = withChange(empty, { field: 'actual', indicatorId: 'i1', value: 8_100, was: null })
    const withNote = withChange(withActual, {
      field: 'indicatorNote',
      indicatorId: 'i1',
      value: '截至 9 月',
      was: '',
    })
    expect(withNote.indicators).toEqual([{ indicatorId: 'i1', actual: 8_100, note: '截至 9 月' }])
    const late = withChange(withNote, {
      field: 'status',
      list: 'actions',
      itemId: 'a1',
      value: 'late',
      was: null,
    })
    expect(late.actions).toEqual([{ itemId: 'a1', status: 'late', note: '' }])
    expect(late.matches).toEqual([])
  })

  it('sends only the fields a form changed, each with the value it started from', () => {
    const before = withChange(empty, { field: 'narrative', value: '网店已上线。', was: '' })
    const after = withChange(
      withChange(before, { field: 'status', list: 'matches', itemId: 'm1', value: 'done', was: null }),
      { field: 'reporterName', value: '张老师', was: '' },
    )
    expect(changesBetween(before, after, reportFields(targets))).toEqual([
      { field: 'status', list: 'matches', itemId: 'm1', value: 'done', was: 'not-reported' },
      { field: 'reporterName', value: '张老师', was: '' },
    ])
  })

  it('finds a change whose field was saved by someone else since it was read, but not one that agrees', () => {
    const stored = withChange(empty, { field: 'actual', indicatorId: 'i1', value: 7_000, was: null })
    const stale = { field: 'actual', indicatorId: 'i1', value: 7_500, was: null } as const
    expect(conflictingChange(stored, [stale])).toEqual(stale)
    expect(conflictingChange(stored, [{ ...stale, was: 7_000 }])).toBeNull()
    expect(conflictingChange(stored, [{ ...stale, value: 7_000 }])).toBeNull()
  })

  it('checks each value with the report’s own schema and names no field a report does not have', () => {
    const parse = (change: unknown) => reportChangesSchema.safeParse({ changes: [change] }).success
    expect(parse({ field: 'actual', indicatorId: 'i1', value: 1e13, was: null })).toBe(false)
    expect(parse({ field: 'status', list: 'actions', itemId: 'a1', value: 'finished', was: null })).toBe(
      false,
    )
    expect(parse({ field: 'narrative', value: 'x'.repeat(4001), was: '' })).toBe(false)
    expect(parse({ field: 'reporterRole', value: 'facilitator', was: 'county' })).toBe(false)
    expect(parse({ field: 'status', list: 'budget', itemId: 'a1', value: 'done', was: null })).toBe(false)
    expect(reportChangesSchema.safeParse({ changes: [] }).success).toBe(false)
  })
})
