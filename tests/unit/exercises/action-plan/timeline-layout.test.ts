import { describe, expect, it } from 'vitest'
import { timelineLayout } from '../../../../shared/exercises/action-plan/timeline-layout'

/** The one layout of the action timeline, which the step, the projector and the PDF all draw. */

const action = (
  id: string,
  startDate: string | null,
  endDate: string | null,
  milestones: { id: string; date: string | null }[] = [],
) => ({
  id,
  startDate,
  endDate,
  milestones: milestones.map((milestone, index) => ({
    ...milestone,
    title: milestone.id,
    order: String(index),
  })),
})

const noPeriod = { startYear: null, endYear: null }
const plan2018to2020 = { startYear: 2018, endYear: 2020 }
// 2018 has 365 days, 2019 365, 2020 366: the period is 1,096 days.
const ofPeriod = (days: number) => days / 1096

describe('the axis of the timeline', () => {
  it('is the plan period when every action lies within it', () => {
    const layout = timelineLayout(plan2018to2020, [action('a', '2018-06-01', '2020-12-31')])!
    expect([layout.startYear, layout.endYear]).toEqual([2018, 2020])
    expect(layout.period).toEqual({ from: 0, to: 1 })
  })

  it('widens the plan period to every dated action and milestone, and shades the period within it', () => {
    const layout = timelineLayout(plan2018to2020, [
      action('a', '2017-06-01', null, [{ id: 'm', date: '2021-01-01' }]),
    ])!
    expect([layout.startYear, layout.endYear]).toEqual([2017, 2021])
    // 2017 has 365 days, the axis 1,826.
    expect(layout.period!.from).toBeCloseTo(365 / 1826)
    expect(layout.period!.to).toBeCloseTo((365 + 1096) / 1826)
  })

  it('spans the years of the dates, unshaded, while the period is missing or the wrong way round', () => {
    const actions = [
      action('a', '2019-03-01', '2020-06-30'),
      action('b', null, null, [{ id: 'm', date: '2021-01-15' }]),
    ]
    const missing = timelineLayout(noPeriod, actions)!
    expect([missing.startYear, missing.endYear, missing.period]).toEqual([2019, 2021, null])
    const reversed = timelineLayout({ startYear: 2021, endYear: 2018 }, actions)!
    expect([reversed.startYear, reversed.endYear, reversed.period]).toEqual([2018, 2021, null])
  })

  it('is absent when nothing has a year', () => {
    expect(timelineLayout(noPeriod, [action('a', null, null)])).toBeNull()
    expect(timelineLayout(noPeriod, [])).toBeNull()
  })

  it('puts each year in its share of the width, leap years a little wider', () => {
    const { years } = timelineLayout(plan2018to2020, [])!
    expect(years.map(({ year }) => year)).toEqual([2018, 2019, 2020])
    expect(years[0]!.at).toBe(0)
    expect(years[1]!.at).toBeCloseTo(ofPeriod(365))
    expect(years[2]!.width).toBeCloseTo(ofPeriod(366))
    expect(years.reduce((sum, { width }) => sum + width, 0)).toBeCloseTo(1, 10)
  })
})

describe('the bars', () => {
  it('run from the start of the first day to the end of the last', () => {
    const [row] = timelineLayout(plan2018to2020, [action('chicken', '2018-06-01', '2020-12-31')])!.rows
    // 1 June 2018 is day 151 of the year.
    expect(row!.bar!.from).toBeCloseTo(ofPeriod(151))
    expect(row!.bar!.to).toBeCloseTo(1)
    expect(row).toMatchObject({ marks: [], bar: { openStart: false, openEnd: false } })
  })

  it('fill the whole row for an action over the whole period, and make one day a sliver, not nothing', () => {
    const [whole, oneDay] = timelineLayout(plan2018to2020, [
      action('whole', '2018-01-01', '2020-12-31'),
      action('day', '2019-01-01', '2019-01-01'),
    ])!.rows
    expect(whole!.bar).toMatchObject({ from: 0, to: 1 })
    expect(oneDay!.bar!.from).toBeCloseTo(ofPeriod(365))
    expect(oneDay!.bar!.to - oneDay!.bar!.from).toBeCloseTo(ofPeriod(1))
  })

  it('draw an action whose end is before its start between its two dates, and mark it', () => {
    const [row] = timelineLayout(plan2018to2020, [action('reversed', '2020-01-01', '2019-01-01')])!.rows
    expect(row!.bar!.from).toBeCloseTo(ofPeriod(365))
    expect(row!.bar!.to).toBeCloseTo(ofPeriod(365 + 366))
    expect(row!.marks).toEqual(['endBeforeStart'])
  })

  it('run an action with one date to the edge of the axis, and mark the missing date', () => {
    const [noEnd, noStart] = timelineLayout(plan2018to2020, [
      action('no-end', '2019-01-01', null),
      action('no-start', null, '2018-12-31'),
    ])!.rows
    expect(noEnd).toMatchObject({ bar: { to: 1, openStart: false, openEnd: true }, marks: ['noEndDate'] })
    expect(noEnd!.bar!.from).toBeCloseTo(ofPeriod(365))
    expect(noStart).toMatchObject({
      bar: { from: 0, openStart: true, openEnd: false },
      marks: ['noStartDate'],
    })
    expect(noStart!.bar!.to).toBeCloseTo(ofPeriod(365))
  })

  it('draw an action outside the plan period whole, and mark the side it lies on', () => {
    const layout = timelineLayout(plan2018to2020, [
      action('long', '2017-07-01', '2021-06-30'),
      action('later', '2022-01-01', '2022-12-31'),
      action('inside', '2018-01-01', '2020-12-31'),
    ])!
    const [long, later, inside] = layout.rows
    // The axis runs from 2017 to 2022, 2,191 days; 1 July 2017 is day 181 of its year.
    expect([layout.startYear, layout.endYear]).toEqual([2017, 2022])
    expect(long!.bar!.from).toBeCloseTo(181 / 2191)
    expect(long!.marks).toEqual(['beforePeriod', 'afterPeriod'])
    expect(later).toMatchObject({ bar: { to: 1 }, marks: ['afterPeriod'] })
    expect(later!.bar!.to - later!.bar!.from).toBeCloseTo(365 / 2191)
    expect(inside!.marks).toEqual([])
  })

  it('keep every action in its order, an undated one as a row without a bar', () => {
    const rows = timelineLayout(plan2018to2020, [
      action('b', '2019-01-01', '2019-06-30'),
      action('undated', null, null),
      action('a', '2020-01-01', '2019-01-01'),
    ])!.rows
    expect(rows.map((row) => [row.actionId, row.bar === null])).toEqual([
      ['b', false],
      ['undated', true],
      ['a', false],
    ])
  })

  it('place every dated milestone at its day, and leave out those without a date', () => {
    const [row] = timelineLayout(plan2018to2020, [
      action('a', '2018-06-01', '2020-12-31', [
        { id: 'launch', date: '2019-01-01' },
        { id: 'undated', date: null },
        { id: 'after', date: '2021-03-01' },
      ]),
    ])!.rows
    // 2021 widens the axis to 1,461 days; 1 March 2021 is day 59 of its year.
    expect(row!.milestones).toEqual([
      { id: 'launch', title: 'launch', date: '2019-01-01', at: expect.closeTo(365 / 1461) },
      { id: 'after', title: 'after', date: '2021-03-01', at: expect.closeTo((1096 + 59) / 1461) },
    ])
  })
})
