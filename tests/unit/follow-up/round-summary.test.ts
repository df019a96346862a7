import { describe, expect, it } from 'vitest'
import { countySchema, type County } from '../../../shared/county/county-schema'
import { projectedRound } from '../../../shared/follow-up/follow-up-projection'
import type { FollowUpReport } from '../../../shared/follow-up/follow-up-report-schema'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { emptyReport } from '../../../shared/follow-up/report-entries'
import { roundSummary } from '../../../shared/follow-up/round-summary'

const county = (id: string, name: string): County =>
  countySchema.parse({ id, workshopId: 'workshop-1', position: 0, updatedAt: '', name })

const lueyang = county('lueyang-1', '略阳县')
const hefeng = county('hefeng-01', '鹤峰县')
const badong = county('badong-01', '巴东县')

function report(countyId: string, people: number, statuses: FollowUpReport['actions'][number]['status'][]) {
  const base = emptyReport('round', countyId, {
    planYear: 2019,
    indicators: [{ id: 'people', name: '脱贫人口', kind: 'people-lifted', unit: '人', target: 9_600 }],
    actions: statuses.map((_, index) => ({ id: `a${index}`, title: `行动 ${index}` })),
    matches: [],
    peoplePlanned: 19_200,
    peoplePlannedBy: 2020,
  })
  return {
    ...base,
    indicators: [{ indicatorId: 'people', actual: people, note: '' }],
    actions: statuses.map((status, index) => ({ itemId: `a${index}`, status, note: `说明 ${index}` })),
    reporterName: '张老师',
    reportedAt: '2019-09-30T08:00:00Z',
  }
}

describe('a round across counties', () => {
  // Reports in another order than the counties; Badong saved nothing.
  const summary = roundSummary(
    [lueyang, hefeng, badong],
    [
      report('hefeng-01', 9_700, ['done', 'late']),
      report('lueyang-1', 5_400, ['late', 'dropped', 'on-track']),
    ],
  )

  it('has a line per county in county order, the one that saved nothing marked not reported', () => {
    expect(summary.lines.map((line) => [line.county.name, line.reported?.reporterName ?? null])).toEqual([
      ['略阳县', '张老师'],
      ['鹤峰县', '张老师'],
      ['巴东县', null],
    ])
  })

  it('states people lifted against the plan, indicators and actions per county', () => {
    const [ly, hf] = summary.lines
    expect(ly).toMatchObject({ people: { toDate: 5_400, planned: 19_200, percent: 28 }, met: 0, behind: 1 })
    expect(ly!.actions).toEqual({ late: 1, done: 0, dropped: 1, onTrack: 1, notReported: 0 })
    expect(hf).toMatchObject({ people: { percent: 50 }, met: 1, behind: 0 })
  })

  it('lists the late actions county by county, with their notes', () => {
    expect(summary.late.map((late) => [late.county.name, late.title, late.note])).toEqual([
      ['略阳县', '行动 0', '说明 0'],
      ['鹤峰县', '行动 1', '说明 1'],
    ])
  })
})

describe('the round on the projector', () => {
  const round = (id: string, date: string): FollowUpRound => ({
    id,
    name: id,
    date,
    planYear: 2019,
    openToCounties: false,
    workshopId: 'w',
    createdAt: '2019-01-01T00:00:00Z',
  })
  const rounds = [round('year-end', '2019-12-20'), round('q3', '2019-09-30')]

  it('is the chosen one while it is a round of the workshop, else the latest by date', () => {
    expect(projectedRound(rounds, 'q3')?.id).toBe('q3')
    expect(projectedRound(rounds, null)?.id).toBe('year-end')
    expect(projectedRound(rounds, 'deleted-round')?.id).toBe('year-end')
    expect(projectedRound([], 'q3')).toBeNull()
  })
})
