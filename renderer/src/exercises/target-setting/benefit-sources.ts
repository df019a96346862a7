import type { DataCard } from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import type { ResolvedBenefitInputs } from '../../../../shared/exercises/target-setting/benefit-calculator'

/**
 * Where a calculator figure left blank comes from, said under its box (message key under
 * plan.targets.benefit.sources). Counts are numbers, to be grouped for the language; years are strings.
 */
export type SourceHint =
  | { key: 'remainingPoor'; params: { year: string } }
  | { key: 'remainingPoorNoYear' | 'registeredPoor' | 'targetYear' | 'entered'; params: object }
  | { key: 'householdSize'; params: { people: number; households: number } }

export function basePeopleHint(resolved: ResolvedBenefitInputs, dataCard: DataCard): SourceHint | null {
  switch (resolved.basePoorPeople.source) {
    case 'remaining-poor':
      return dataCard.remainingPoorYear !== null
        ? { key: 'remainingPoor', params: { year: String(dataCard.remainingPoorYear) } }
        : { key: 'remainingPoorNoYear', params: {} }
    case 'registered-poor':
      return { key: 'registeredPoor', params: {} }
    case 'entered':
      // Only worth saying when clearing the box would bring a data-card figure back.
      return dataCard.remainingPoorPeople !== null || dataCard.registeredPoorPeople !== null
        ? { key: 'entered', params: {} }
        : null
    default:
      return null
  }
}

export function householdSizeHint(resolved: ResolvedBenefitInputs, dataCard: DataCard): SourceHint | null {
  const { registeredPoorPeople: people, registeredPoorHouseholds: households } = dataCard
  if (people === null || households === null || households <= 0 || people <= 0) return null
  if (resolved.householdSize.source === 'data-card')
    return { key: 'householdSize', params: { people, households } }
  return resolved.householdSize.source === 'entered' ? { key: 'entered', params: {} } : null
}

export function lineYearHint(resolved: ResolvedBenefitInputs): SourceHint | null {
  return resolved.povertyLineYear.source === 'target-year' ? { key: 'targetYear', params: {} } : null
}
