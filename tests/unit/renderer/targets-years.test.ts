import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import {
  MAX_PERIOD_YEARS,
  periodProblem,
  periodYears,
  suggestedPeriod,
  targetYearColumns,
} from '../../../renderer/src/exercises/target-setting/target-years'

const EMPTY_CARD = readPlan(new Y.Doc()).dataCard
const period = (startYear: number | null, endYear: number | null) => ({ startYear, endYear })

describe('the annual-target columns', () => {
  it('are the years of the plan period, first to last', () => {
    expect(periodYears(period(2018, 2020))).toEqual([2018, 2019, 2020])
    expect(periodYears(period(2020, 2020))).toEqual([2020])
  })

  it('with one end of the period set, are that one year; with none, there are none', () => {
    expect(periodYears(period(2018, null))).toEqual([2018])
    expect(periodYears(period(null, 2020))).toEqual([2020])
    expect(periodYears(period(null, null))).toEqual([])
  })

  it('are none while the period runs backwards, and at most ten years however long it is', () => {
    expect(periodYears(period(2020, 2018))).toEqual([])
    expect(periodProblem(period(2020, 2018))).toBe('end-before-start')
    expect(periodYears(period(2018, 2060))).toHaveLength(MAX_PERIOD_YEARS)
    expect(periodProblem(period(2018, 2060))).toBe('too-long')
    expect(periodProblem(period(2018, 2020))).toBeNull()
  })

  it('also show every year an indicator already has a target for, so no stored target is hidden', () => {
    const indicators = [
      { targets: [{ year: 2016, value: 65_300 }] },
      {
        targets: [
          { year: 2019, value: 5 },
          { year: 2022, value: 1 },
        ],
      },
    ]
    expect(targetYearColumns(period(2018, 2020), indicators)).toEqual([2016, 2018, 2019, 2020, 2022])
    expect(targetYearColumns(period(null, null), indicators)).toEqual([2016, 2019, 2022])
  })
})

describe('the period offered when none is set', () => {
  it('is three years from the year of the people still poor: Lueyang 2018–2020', () => {
    const card = { ...EMPTY_CARD, remainingPoorPeople: 32_000, remainingPoorYear: 2018 }
    expect(suggestedPeriod(card, 2026)).toEqual({ startYear: 2018, endYear: 2020 })
  })

  it('falls back to the data card’s other years, then to this year', () => {
    expect(suggestedPeriod({ ...EMPTY_CARD, baselineYear: 2014 }, 2026)).toEqual({
      startYear: 2014,
      endYear: 2016,
    })
    expect(suggestedPeriod(EMPTY_CARD, 2026)).toEqual({ startYear: 2026, endYear: 2028 })
  })
})
