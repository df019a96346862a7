import type { PovertyLine } from '../../poverty-line/poverty-line-schema'
import type { DataCard } from '../county-data-card/county-data-card-schema'
import type { BenefitInputs } from './target-setting-schema'
import {
  averageHouseholdSize,
  incomePerHousehold,
  peopleLifted,
  perCapitaUplift,
  povertyGap,
  type PovertyGap,
} from './benefit-arithmetic'

/** Where a figure the calculator uses came from: typed by the group, or taken from the data card. */
export type FigureSource = 'entered' | 'remaining-poor' | 'registered-poor' | 'data-card' | 'target-year'

export interface ResolvedFigure {
  value: number | null
  source: FigureSource | null
}

export interface ResolvedBenefitInputs {
  /** Entered, else the people still poor (Lueyang: 32,000 in 2018), else the registered poor. */
  basePoorPeople: ResolvedFigure
  /** The year of the base figure: what a target year must not precede. */
  baselineYear: number | null
  /** Entered, else registered people ÷ households. */
  householdSize: ResolvedFigure
  /** Entered, else the target year: the line a household must be above when the plan ends. */
  povertyLineYear: ResolvedFigure
}

const entered = (value: number | null): ResolvedFigure | null =>
  value === null ? null : { value, source: 'entered' }
const NONE: ResolvedFigure = { value: null, source: null }

/** Fills the calculator's blanks from the data card; the UI shows these as "from the data card". */
export function resolveBenefitInputs(benefit: BenefitInputs, dataCard: DataCard): ResolvedBenefitInputs {
  const base =
    entered(benefit.basePoorPeople) ??
    (dataCard.remainingPoorPeople !== null
      ? { value: dataCard.remainingPoorPeople, source: 'remaining-poor' as const }
      : dataCard.registeredPoorPeople !== null
        ? { value: dataCard.registeredPoorPeople, source: 'registered-poor' as const }
        : NONE)
  // An entered base is most likely today's figure, like the remaining poor.
  const baselineYear =
    base.source === 'registered-poor'
      ? dataCard.baselineYear
      : (dataCard.remainingPoorYear ?? dataCard.baselineYear)
  const averageSize = averageHouseholdSize(dataCard.registeredPoorPeople, dataCard.registeredPoorHouseholds)
  return {
    basePoorPeople: base,
    baselineYear,
    householdSize:
      entered(benefit.householdSize) ??
      (averageSize !== null ? { value: averageSize, source: 'data-card' } : NONE),
    povertyLineYear:
      entered(benefit.povertyLineYear) ??
      (benefit.targetYear !== null ? { value: benefit.targetYear, source: 'target-year' } : NONE),
  }
}

export interface BenefitResult {
  resolved: ResolvedBenefitInputs
  peopleLifted: number | null
  incomePerHousehold: number | null
  upliftPerCapita: number | null
  /** Null when the line, the current income or the household size is not known. */
  gap: PovertyGap | null
  /** Whether the income per household reaches the gap; null until both are known. */
  closesGap: boolean | null
}

/** Everything the benefit calculator shows, from the group's inputs, the data card and the line table. */
export function computeBenefit(
  plan: { benefit: BenefitInputs; dataCard: DataCard },
  povertyLines: readonly PovertyLine[],
): BenefitResult {
  const { benefit } = plan
  const resolved = resolveBenefitInputs(benefit, plan.dataCard)
  const base = resolved.basePoorPeople.value
  const size = resolved.householdSize.value
  const lineYear = resolved.povertyLineYear.value
  const lifted =
    base !== null && benefit.sharePercent !== null ? peopleLifted(base, benefit.sharePercent) : null
  const income =
    benefit.unitsSold !== null && benefit.profitPerUnit !== null && benefit.participatingHouseholds !== null
      ? incomePerHousehold(benefit.unitsSold, benefit.profitPerUnit, benefit.participatingHouseholds)
      : null
  const uplift = income !== null && size !== null ? perCapitaUplift(income, size) : null
  const gap =
    lineYear !== null && benefit.currentIncomePerCapita !== null && size !== null
      ? povertyGap(povertyLines, lineYear, benefit.currentIncomePerCapita, size)
      : null
  return {
    resolved,
    peopleLifted: lifted,
    incomePerHousehold: income,
    upliftPerCapita: uplift,
    gap,
    closesGap: income !== null && gap !== null ? income >= gap.gapPerHousehold : null,
  }
}
