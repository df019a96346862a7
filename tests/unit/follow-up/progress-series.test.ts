import { describe, expect, it } from 'vitest'
import type { FollowUpReport, TargetSnapshot } from '../../../shared/follow-up/follow-up-report-schema'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import {
  actionsSeries,
  countiesInRound,
  indicatorSeries,
  peopleSeries,
  standingCounts,
} from '../../../shared/follow-up/progress-series'
import { emptyReport } from '../../../shared/follow-up/report-entries'

const round = (id: string, name: string, date: string, planYear: number): FollowUpRound => ({
  id,
  name,
  date,
  planYear,
  workshopId: 'w',
  createdAt: '2018-01-01T00:00:00Z',
  openToCounties: false,
})

const targets = (planYear: number, peopleTarget: number): TargetSnapshot => ({
  planYear,
  indicators: [
    { id: 'people', name: '脱贫人口', kind: 'people-lifted', unit: '人', target: peopleTarget },
    { id: 'shops', name: '网店数量', kind: 'other', unit: '家', target: null },
  ],
  actions: [
    { id: 'a1', title: '培训' },
    { id: 'a2', title: '冷链' },
  ],
  matches: [],
  peoplePlanned: 19_200,
  peoplePlannedBy: 2020,
})

function saved(
  id: string,
  target: TargetSnapshot,
  people: number | null,
  statuses: FollowUpReport['actions'][number]['status'][],
): FollowUpReport {
  const report = emptyReport(id, 'lueyang', target)
  return {
    ...report,
    indicators: [{ indicatorId: 'people', actual: people, note: '' }],
    actions: statuses.map((status, index) => ({ itemId: `a${index + 1}`, status, note: '' })),
    reportedAt: '2019-01-01T00:00:00Z',
  }
}

const q3 = round('q3', '2018 年第三季度', '2018-09-30', 2018)
const yearEnd = round('ye', '2018 年年终', '2018-12-20', 2018)
const next = round('n', '2019 年中', '2019-06-30', 2019)

// Listed out of order, and one round the county has not reported on yet.
const lueyang = [
  { round: yearEnd, report: saved('ye', targets(2018, 4_800), 5_400, ['on-track', 'late']) },
  { round: q3, report: saved('q3', targets(2018, 4_800), 3_100, ['on-track', 'not-reported']) },
  { round: next, report: { ...emptyReport('n', 'lueyang', targets(2019, 9_600)), reportedAt: null } },
]

describe("a county's progress over the rounds", () => {
  it("gives each indicator's target and actual per reported round, oldest round first", () => {
    const [people, shops] = indicatorSeries(lueyang)
    expect(
      people?.points.map(({ roundName, target, actual, state }) => [roundName, target, actual, state]),
    ).toEqual([
      ['2018 年第三季度', 4_800, 3_100, 'behind'],
      ['2018 年年终', 4_800, 5_400, 'met'],
    ])
    expect(shops?.points.map((point) => point.state)).toEqual(['not-reported', 'not-reported'])
  })

  it('gives people lifted to date against the plan at each round', () => {
    expect(
      peopleSeries(lueyang).map(({ roundName, toDate, planned, plannedBy, percent }) => ({
        roundName,
        toDate,
        planned,
        plannedBy,
        percent,
      })),
    ).toEqual([
      { roundName: '2018 年第三季度', toDate: 3_100, planned: 19_200, plannedBy: 2020, percent: 16 },
      { roundName: '2018 年年终', toDate: 5_400, planned: 19_200, plannedBy: 2020, percent: 28 },
    ])
  })

  it('counts the actions at each status per round', () => {
    expect(actionsSeries(lueyang).map((point) => point.counts)).toEqual([
      { 'not-reported': 1, 'on-track': 1, late: 0, done: 0, dropped: 0 },
      { 'not-reported': 0, 'on-track': 1, late: 1, done: 0, dropped: 0 },
    ])
  })

  it('is empty before the county has saved a report', () => {
    expect(indicatorSeries([lueyang[2]!])).toEqual([])
    expect(peopleSeries([])).toEqual([])
  })
})

describe('every county in one round', () => {
  const summary = (behind: number, percent: number | null) => ({
    countyId: 'x',
    reportedAt: '2019-01-01T00:00:00Z',
    met: 2,
    behind,
    open: 1,
    actionsLate: 0,
    people: { toDate: null, planned: null, plannedBy: null, percent },
  })
  const points = countiesInRound([
    { countyId: 'lueyang', summary: summary(2, 28) },
    { countyId: 'hefeng', summary: summary(0, 51) },
    { countyId: 'badong', summary: null },
  ])

  it('says which are on track (nothing behind), behind, or not reported, with people lifted in percent', () => {
    expect(
      points.map(({ countyId, standing, peoplePercent }) => [countyId, standing, peoplePercent]),
    ).toEqual([
      ['lueyang', 'behind', 28],
      ['hefeng', 'on-track', 51],
      ['badong', 'not-reported', null],
    ])
  })

  it('counts the counties standing each way', () => {
    expect(standingCounts(points)).toEqual({ 'on-track': 1, behind: 1, 'not-reported': 1 })
  })
})
