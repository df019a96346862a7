import { describe, expect, it } from 'vitest'
import { datePosition, timelineRange, timelineRows, yearTicks } from '../../../shared/export/timeline-layout'

const action = (
  id: string,
  startDate: string | null,
  endDate: string | null,
  dates: (string | null)[] = [],
) => ({
  id,
  startDate,
  endDate,
  milestones: dates.map((date, index) => ({ id: `${id}-m${index}`, title: `m${index}`, date, order: 'a' })),
})

describe('timeline layout', () => {
  it('spans the plan period widened to every dated action and milestone', () => {
    expect(
      timelineRange({ startYear: 2018, endYear: 2020 }, [action('a', '2017-06-01', null, ['2021-01-01'])]),
    ).toEqual({ startYear: 2017, endYear: 2021 })
    expect(timelineRange({ startYear: null, endYear: null }, [action('a', null, null)])).toBeNull()
  })

  it('places dates as fractions of the period', () => {
    const range = { startYear: 2018, endYear: 2019 }
    expect(datePosition('2018-01-01', range)).toBe(0)
    expect(datePosition('2019-01-01', range)).toBeCloseTo(0.5, 2)
    expect(datePosition('2030-01-01', range)).toBe(1)
  })

  it('draws a bar from start to the end of the end day, open-ended when a date is missing', () => {
    const range = { startYear: 2018, endYear: 2020 }
    const [full, noEnd, none] = timelineRows(
      [
        action('a', '2018-04-01', '2020-12-31', ['2018-06-30', null]),
        action('b', '2019-01-01', null),
        action('c', null, null),
      ],
      range,
    )
    expect(full!.bar!.to).toBeCloseTo(1, 5)
    expect(full!.bar!.from).toBeGreaterThan(0.08)
    expect(full!.milestones.map((m) => m.date)).toEqual(['2018-06-30'])
    expect(noEnd!.bar).toMatchObject({ to: 1, openEnd: true, openStart: false })
    expect(none!.bar).toBeNull()
  })

  it('gives every year a column, wider for leap years', () => {
    const ticks = yearTicks({ startYear: 2019, endYear: 2020 })
    expect(ticks.map((tick) => tick.year)).toEqual([2019, 2020])
    expect(ticks[0]!.at).toBe(0)
    expect(ticks[1]!.width).toBeGreaterThan(ticks[0]!.width)
    expect(ticks[0]!.width + ticks[1]!.width).toBeCloseTo(1, 10)
  })
})
