import { describe, expect, it } from 'vitest'
import { DEFAULT_POVERTY_LINES } from '../../../../shared/poverty-line/poverty-line-schema'
import {
  averageHouseholdSize,
  incomePerHousehold,
  peopleLifted,
  perCapitaUplift,
  povertyGap,
  roundYuan,
} from '../../../../shared/exercises/target-setting/benefit-arithmetic'

describe('people lifted = base × share, whole people rounded down', () => {
  it.each([
    // Lueyang (docs/domain.md "The class the app is modelled on"): 32,000 still poor × 60% = 19,200 exactly.
    [32_000, 60, 19_200],
    // The registered total instead: 42,996 × 60% = 25,797.6 → 25,797 (never promise a fraction more).
    [42_996, 60, 25_797],
    [32_001, 60, 19_200],
    [3_000, 2.3, 69], // 3,000 × 2.3 ÷ 100 is 68.99999999999999 in floating point: noise, not a lost person
    [1_500, 4.6, 69],
    [1_000, 33.3, 333],
    [205_800, 100, 205_800],
    [0, 60, 0],
    [32_000, 0, 0],
    [3, 50, 1],
    [1_999_999_999, 100, 1_999_999_999],
  ])('%d × %s per cent = %d', (base, share, expected) => {
    expect(peopleLifted(base, share)).toBe(expected)
  })
})

describe('income per participating household = units × profit per unit ÷ households, whole yuan', () => {
  it.each([
    [80_000, 75, 2_000, 3_000],
    [1_000, 75, 3, 25_000],
    [10, 75, 3, 250],
    [1, 75, 2, 38], // 37.5 rounds half up
    [7, 10, 3, 23], // 23.33…
    [0, 75, 10, 0],
  ])('%d × %d ÷ %d = %d', (units, profit, households, expected) => {
    expect(incomePerHousehold(units, profit, households)).toBe(expected)
  })

  it('is unknown without a participating household', () => {
    expect(incomePerHousehold(100, 75, 0)).toBeNull()
  })
})

describe('per-capita uplift = household income ÷ household size', () => {
  it.each([
    [3_000, 3.2, 938], // 937.5 → 938
    [3_000, 3, 1_000],
    [0, 3, 0],
  ])('%d ÷ %d = %d', (income, size, expected) => {
    expect(perCapitaUplift(income, size)).toBe(expected)
  })

  it('is unknown without a household size', () => expect(perCapitaUplift(3_000, 0)).toBeNull())
})

describe('poverty gap per household = max(0, line(year) − income per capita) × household size', () => {
  it.each([
    // year, income per capita, household size → line used, gap per capita, gap per household
    [2018, 2_500, 3.2, 2018, 495, 1_584],
    [2020, 2_500, 3.2, 2018, 495, 1_584], // no 2020 row: the latest earlier line applies
    [2017, 2_500, 3, 2016, 452, 1_356],
    [2018, 3_200, 3, 2018, 0, 0], // already above the line
    [2012, 2_000, 4, 2010, 300, 1_200],
  ])(
    '%d, %d yuan, %d people → line %d, gap %d / person, %d / household',
    (year, income, size, lineYear, perCapita, perHousehold) => {
      expect(povertyGap(DEFAULT_POVERTY_LINES, year, income, size)).toMatchObject({
        line: { year: lineYear },
        gapPerCapita: perCapita,
        gapPerHousehold: perHousehold,
      })
    },
  )

  it('is unknown before the first line in the table, or without a household size', () => {
    expect(povertyGap(DEFAULT_POVERTY_LINES, 2009, 1_000, 3)).toBeNull()
    expect(povertyGap([], 2018, 1_000, 3)).toBeNull()
    expect(povertyGap(DEFAULT_POVERTY_LINES, 2018, 1_000, 0)).toBeNull()
  })
})

describe('helpers', () => {
  it('average household size: people ÷ households to one decimal (Lueyang 42,996 ÷ 13,255 ≈ 3.2)', () => {
    expect(averageHouseholdSize(42_996, 13_255)).toBe(3.2)
    expect(averageHouseholdSize(205_800, 58_300)).toBe(3.5)
    expect(averageHouseholdSize(null, 13_255)).toBeNull()
    expect(averageHouseholdSize(42_996, 0)).toBeNull()
  })

  it.each([
    [2.5, 3],
    [1583.9999999999998, 1584],
    [0.49, 0],
  ])('rounds yuan half up: %d → %d', (value, expected) => expect(roundYuan(value)).toBe(expected))
})
