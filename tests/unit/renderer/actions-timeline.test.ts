import { describe, expect, it } from 'vitest'
import { timelineLayout, timelineSpan } from '../../../renderer/src/exercises/action-plan/timeline-layout'

const action = (
  id: string,
  startDate: string | null,
  endDate: string | null,
  milestones: { id: string; date: string | null }[] = [],
) => ({
  id,
  startDate,
  endDate,
  milestones: milestones.map((milestone, index) => ({ ...milestone, title: '', order: String(index) })),
})

const noPeriod = { startYear: null, endYear: null }
const plan2018to2020 = { startYear: 2018, endYear: 2020 }
// 2018 has 365 days, 2019 365, 2020 366: the period is 1,096 days.
const percentOfPeriod = (days: number) => (days / 1096) * 100

describe('the span of the timeline', () => {
  it('is the plan period when the cover gives it', () => {
    expect(timelineSpan(plan2018to2020, [action('a', '2016-01-01', '2025-01-01')])).toEqual({
      startYear: 2018,
      endYear: 2020,
    })
  })

  it('falls back to the years of the dates when the period is missing or reversed', () => {
    const actions = [
      action('a', '2019-03-01', '2020-06-30'),
      action('b', null, null, [{ id: 'm', date: '2021-01-15' }]),
    ]
    expect(timelineSpan(noPeriod, actions)).toEqual({ startYear: 2019, endYear: 2021 })
    expect(timelineSpan({ startYear: 2021, endYear: 2018 }, actions)).toEqual({
      startYear: 2018,
      endYear: 2021,
    })
  })

  it('is null when nothing has a date', () => {
    expect(timelineSpan(noPeriod, [action('a', null, null)])).toBeNull()
    expect(timelineLayout(noPeriod, [])).toBeNull()
  })
})

describe('bars and milestones across the plan period', () => {
  it('puts each year in its share of the width, leap years a little wider', () => {
    const layout = timelineLayout(plan2018to2020, [])!
    expect(layout.years.map(({ year }) => year)).toEqual([2018, 2019, 2020])
    expect(layout.years[0]!.left).toBe(0)
    expect(layout.years[1]!.left).toBeCloseTo(percentOfPeriod(365))
    expect(layout.years[2]!.width).toBeCloseTo(percentOfPeriod(366))
  })

  it('runs a bar from the start of its first day to the end of its last', () => {
    const layout = timelineLayout(plan2018to2020, [action('chicken', '2018-06-01', '2020-12-31')])!
    const bar = layout.rows[0]!.bar!
    // 1 June 2018 is day 151 of the year.
    expect(bar.left).toBeCloseTo(percentOfPeriod(151))
    expect(bar.left + bar.width).toBeCloseTo(100)
    expect(bar).toMatchObject({ clippedStart: false, clippedEnd: false })
  })

  it('fills the whole row for an action over the whole period, and one day is a sliver, not nothing', () => {
    const [whole, oneDay] = timelineLayout(plan2018to2020, [
      action('whole', '2018-01-01', '2020-12-31'),
      action('day', '2019-01-01', '2019-01-01'),
    ])!.rows
    expect(whole!.bar).toMatchObject({ left: 0, width: 100 })
    expect(oneDay!.bar!.left).toBeCloseTo(percentOfPeriod(365))
    expect(oneDay!.bar!.width).toBeCloseTo(percentOfPeriod(1))
  })

  it('cuts a bar at the edges of the period and says so', () => {
    const bar = timelineLayout(plan2018to2020, [action('long', '2017-07-01', '2021-06-30')])!.rows[0]!.bar
    expect(bar).toEqual({ left: 0, width: 100, clippedStart: true, clippedEnd: true })
  })

  it('draws no bar when a date is missing, the end is before the start, or it lies outside the period', () => {
    const rows = timelineLayout(plan2018to2020, [
      action('no-end', '2018-06-01', null),
      action('reversed', '2020-01-01', '2019-01-01'),
      action('later', '2022-01-01', '2022-12-31'),
    ])!.rows
    expect(rows.map((row) => row.bar)).toEqual([null, null, null])
  })

  it('places milestones at their day and leaves out those without a date or outside the period', () => {
    const row = timelineLayout(plan2018to2020, [
      action('a', '2018-06-01', '2020-12-31', [
        { id: 'launch', date: '2019-01-01' },
        { id: 'undated', date: null },
        { id: 'after', date: '2021-03-01' },
      ]),
    ])!.rows[0]!
    expect(row.markers).toEqual([{ milestoneId: 'launch', left: expect.closeTo(percentOfPeriod(365)) }])
  })
})
