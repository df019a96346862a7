import { povertyLineFor, type PovertyLine } from '../../poverty-line/poverty-line-schema'

/**
 * The benefit arithmetic of the target exercise (docs/domain.md "The benefit arithmetic"), one formula
 * per function.
 * Rounding rules:
 *  - People are whole people, rounded DOWN: a plan must not promise a fraction of a person more
 *    than its share implies (32,001 × 60% = 19,200.6 is a target of 19,200, not 19,201). Floating-
 *    point noise is removed first (to 12 significant digits), so 32,000 × 60% is exactly 19,200 and
 *    3,000 × 2.3% (68.99999999999999 in floating point) counts as the 69 it is.
 *  - Money is whole yuan, rounded half up, and the comparisons use the rounded figures, so what
 *    the group sees is exactly what is checked (no "3,000 vs 3,000" flagged for 2,999.6).
 *  - Household size may be fractional (an average, e.g. 42,996 ÷ 13,255 ≈ 3.2).
 */

const denoise = (value: number) => Number(value.toPrecision(12))

export const roundYuan = (value: number) => Math.round(denoise(value))

/** People lifted = base population × share (percent), whole people rounded down. */
export function peopleLifted(basePeople: number, sharePercent: number): number {
  return Math.floor(denoise((basePeople * sharePercent) / 100))
}

/** Income per participating household = units sold × profit per unit ÷ households; null with no household. */
export function incomePerHousehold(units: number, profitPerUnit: number, households: number): number | null {
  if (households <= 0) return null
  return roundYuan((units * profitPerUnit) / households)
}

/** Per-capita uplift = household income ÷ household size; null without a household size. */
export function perCapitaUplift(householdIncome: number, householdSize: number): number | null {
  if (householdSize <= 0) return null
  return roundYuan(householdIncome / householdSize)
}

export interface PovertyGap {
  /** The line that applies in the year asked for (that year's, else the latest earlier one). */
  line: PovertyLine
  gapPerCapita: number
  gapPerHousehold: number
}

/**
 * How far a household is below the line: max(0, line(year) − current income per capita) × size.
 * Null when the table has no line for that year or earlier, or without a household size.
 */
export function povertyGap(
  lines: readonly PovertyLine[],
  year: number,
  currentIncomePerCapita: number,
  householdSize: number,
): PovertyGap | null {
  const line = povertyLineFor(lines, year)
  if (!line || householdSize <= 0) return null
  const gapPerCapita = roundYuan(Math.max(0, line.yuanPerPersonYear - currentIncomePerCapita))
  return { line, gapPerCapita, gapPerHousehold: roundYuan(gapPerCapita * householdSize) }
}

/** Average household size from registered people and households, to one decimal; null if unknown. */
export function averageHouseholdSize(people: number | null, households: number | null): number | null {
  if (people === null || households === null || households <= 0 || people <= 0) return null
  return Math.round((people / households) * 10) / 10
}
