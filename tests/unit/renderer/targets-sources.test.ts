import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-doc'
import type { DataCard } from '../../../shared/exercises/county-data-card/county-data-card-schema'
import type { BenefitInputs } from '../../../shared/exercises/target-setting/target-setting-schema'
import { resolveBenefitInputs } from '../../../shared/exercises/target-setting/benefit-calculator'
import {
  basePeopleHint,
  householdSizeHint,
  lineYearHint,
} from '../../../renderer/src/exercises/target-setting/benefit-sources'

const EMPTY = readPlan(new Y.Doc())
const LUEYANG: DataCard = {
  ...EMPTY.dataCard,
  registeredPoorHouseholds: 13_255,
  registeredPoorPeople: 42_996,
  remainingPoorPeople: 32_000,
  remainingPoorYear: 2018,
}

const hints = (inputs: Partial<BenefitInputs>, card: DataCard = LUEYANG) => {
  const resolved = resolveBenefitInputs({ ...EMPTY.benefit, ...inputs }, card)
  return {
    base: basePeopleHint(resolved, card),
    size: householdSizeHint(resolved, card),
    lineYear: lineYearHint(resolved),
  }
}

describe('where a blank figure of the calculator comes from', () => {
  it('Lueyang, nothing entered: the people still poor in 2018, and people ÷ households', () => {
    expect(hints({})).toEqual({
      base: { key: 'remainingPoor', params: { year: '2018' } },
      size: { key: 'householdSize', params: { people: 42_996, households: 13_255 } },
      lineYear: null,
    })
  })

  it('without people still poor, the registered poor; without a year, says no year', () => {
    expect(hints({}, { ...LUEYANG, remainingPoorPeople: null }).base).toEqual({
      key: 'registeredPoor',
      params: {},
    })
    expect(hints({}, { ...LUEYANG, remainingPoorYear: null }).base?.key).toBe('remainingPoorNoYear')
  })

  it('an entered figure says that clearing it brings the data card’s back, if the card has one', () => {
    expect(hints({ basePoorPeople: 30_000, householdSize: 4 })).toMatchObject({
      base: { key: 'entered' },
      size: { key: 'entered' },
    })
    const blankCard = EMPTY.dataCard
    expect(hints({ basePoorPeople: 30_000, householdSize: 4 }, blankCard)).toMatchObject({
      base: null,
      size: null,
    })
  })

  it('the poverty-line year follows the target year until one is entered', () => {
    expect(hints({ targetYear: 2020 }).lineYear).toEqual({ key: 'targetYear', params: {} })
    expect(hints({ targetYear: 2020, povertyLineYear: 2018 }).lineYear).toBeNull()
  })
})
