import type { DataCard } from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import type { PlanInfo } from '../../../../shared/live/plan-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'

/** More columns than this would not fit any screen; county plans run three to five years. */
export const MAX_PERIOD_YEARS = 10

type Period = Pick<PlanInfo, 'startYear' | 'endYear'>

export type PeriodProblem = 'end-before-start' | 'too-long'

/** What is wrong with the period as entered, if anything. */
export function periodProblem({ startYear, endYear }: Period): PeriodProblem | null {
  if (startYear === null || endYear === null) return null
  if (endYear < startYear) return 'end-before-start'
  return endYear - startYear + 1 > MAX_PERIOD_YEARS ? 'too-long' : null
}

/** The years of the plan, first to last; a period with one end set is that one year. */
export function periodYears({ startYear, endYear }: Period): number[] {
  if (startYear === null) return endYear === null ? [] : [endYear]
  if (endYear === null) return [startYear]
  if (endYear < startYear) return []
  const last = Math.min(endYear, startYear + MAX_PERIOD_YEARS - 1)
  return Array.from({ length: last - startYear + 1 }, (_, index) => startYear + index)
}

/**
 * The annual-target columns: the plan's years, plus any year an indicator already has a target for
 * (the period was changed later, or a co-editor typed one), so that no stored target is hidden.
 */
export function targetYearColumns(info: Period, indicators: readonly Pick<Indicator, 'targets'>[]): number[] {
  const years = new Set(periodYears(info))
  for (const indicator of indicators) for (const target of indicator.targets) years.add(target.year)
  return [...years].sort((a, b) => a - b)
}

/**
 * The period offered when none is set: three years from the data card's latest year (Lueyang: the
 * 2018 figure of people still poor, so 2018–2020), else from this year.
 */
export function suggestedPeriod(
  dataCard: DataCard,
  currentYear: number,
): { startYear: number; endYear: number } {
  const startYear = dataCard.remainingPoorYear ?? dataCard.incomeYear ?? dataCard.baselineYear ?? currentYear
  return { startYear, endYear: startYear + 2 }
}
