import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { readPlan } from '../../../shared/live/plan-doc'
import type { FollowUpReport } from '../../../shared/follow-up/follow-up-report-schema'
import {
  actionsByStatus,
  indicatorProgress,
  peopleProgress,
  reportSummary,
} from '../../../shared/follow-up/follow-up-progress'
import { emptyReport, misfitEntry } from '../../../shared/follow-up/report-entries'
import { targetSnapshot } from '../../../shared/follow-up/target-snapshot'
import { fillLueyangPlan } from '../../support/lueyang-plan'

function lueyang() {
  const doc = new Y.Doc()
  const ids = fillLueyangPlan(doc)
  const plan = readPlan(doc)
  doc.destroy()
  return { plan, ids }
}

describe('the targets a report is judged against', () => {
  it("take each indicator's target for the round's plan year, and the plan's headline people lifted", () => {
    const { plan, ids } = lueyang()
    const targets = targetSnapshot(plan, 2019)
    expect(targets.indicators).toEqual([
      { id: ids.indicatorId, name: '通过电商合作脱贫人口', kind: 'people-lifted', unit: '人', target: 9_600 },
    ])
    expect(targets.peoplePlanned).toBe(19_200)
    expect(targets.peoplePlannedBy).toBe(2020)
    expect(targets.actions.map((action) => action.id)).toEqual([ids.actionId])
    expect(targets.matches.map((match) => match.id)).toEqual([ids.matchId])
  })

  it('have no target where the plan set none for that year', () => {
    const { plan } = lueyang()
    expect(targetSnapshot(plan, 2018).indicators[0]?.target).toBeNull()
  })
})

describe('target against actual', () => {
  const indicator = { id: 'i', name: '脱贫人口', kind: 'people-lifted' as const, unit: '人', target: 9_600 }

  it('is met when the actual reaches the target', () => {
    expect(indicatorProgress(indicator, 9_600)).toMatchObject({ state: 'met', gap: 0 })
    expect(indicatorProgress(indicator, 10_150)).toMatchObject({ state: 'met', gap: 0 })
  })

  it('is behind by the gap when it falls short', () => {
    expect(indicatorProgress(indicator, 8_100)).toMatchObject({ state: 'behind', gap: 1_500 })
    expect(indicatorProgress({ ...indicator, target: 0.3 }, 0.1)).toMatchObject({ state: 'behind', gap: 0.2 })
  })

  it('cannot be judged without an actual or without a target for the year', () => {
    expect(indicatorProgress(indicator, null).state).toBe('not-reported')
    expect(indicatorProgress({ ...indicator, target: null }, 5).state).toBe('no-target')
  })
})

describe("a county's progress in a round", () => {
  function lueyangReport(actual: number | null): FollowUpReport {
    const { plan, ids } = lueyang()
    const report = emptyReport('round-0001', 'county-0001', targetSnapshot(plan, 2019))
    return {
      ...report,
      indicators: [{ indicatorId: ids.indicatorId, actual, note: '' }],
      actions: [{ itemId: ids.actionId, status: 'late', note: '' }],
      reportedAt: '2019-10-08T02:00:00.000Z',
    }
  }

  it("counts people lifted to date against Lueyang's 19,200 by 2020", () => {
    expect(peopleProgress(lueyangReport(8_100))).toEqual({
      toDate: 8_100,
      planned: 19_200,
      plannedBy: 2020,
      percent: 42,
    })
    expect(peopleProgress(lueyangReport(null)).toDate).toBeNull()
  })

  it('counts actions by status, an action nobody reported on as not reported', () => {
    const report = lueyangReport(8_100)
    expect(actionsByStatus(report)).toEqual({
      'not-reported': 0,
      'on-track': 0,
      late: 1,
      done: 0,
      dropped: 0,
    })
    expect(actionsByStatus({ ...report, actions: [] })['not-reported']).toBe(1)
  })

  it('sums up as indicators met and behind and actions late', () => {
    expect(reportSummary(lueyangReport(8_100))).toMatchObject({ met: 0, behind: 1, open: 0, actionsLate: 1 })
    expect(reportSummary(lueyangReport(10_000))).toMatchObject({ met: 1, behind: 0 })
  })
})

describe('entries that do not fit the targets', () => {
  it('are found by id: unknown or named twice', () => {
    const { plan, ids } = lueyang()
    const targets = targetSnapshot(plan, 2019)
    const input = { indicators: [], actions: [], matches: [], narrative: '', reporterName: '' }
    expect(misfitEntry(input, targets)).toBeNull()
    expect(misfitEntry({ ...input, actions: [{ itemId: 'gone', status: 'done', note: '' }] }, targets)).toBe(
      'gone',
    )
    const twice = { indicatorId: ids.indicatorId, actual: 1, note: '' }
    expect(misfitEntry({ ...input, indicators: [twice, twice] }, targets)).toBe(ids.indicatorId)
  })
})
