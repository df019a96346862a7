import type { Locale } from '../../locale/locale'
import type { DataCard } from '../county-data-card/county-data-card-schema'
import type { Plan } from '../../live/plan-schema'
import type { PovertyLine } from '../../poverty-line/poverty-line-schema'
import { formatMessage, type MessageKey } from '../../validation/messages'
import type { IndicatorKind } from '../../vocabulary/plan-vocabulary'
import { computeBenefit } from './benefit-calculator'
import type { Indicator } from './target-setting-schema'

/**
 * Consistency checks of the target step (docs/domain.md "Consistency flags"). They warn, never block:
 * the group sees each next to the field it concerns while it keeps typing. Each names its field by a
 * dotted path:
 *   benefit.<input> | benefit.peopleLifted | benefit.incomePerHousehold
 *   indicators.<id>.targets.<year> | indicators.<id>.responsibleUnit
 * Counts are numbers in `params` (format them for the locale); years are strings, so that no
 * number formatter ever prints 2,018.
 */
export interface TargetIssue {
  key: MessageKey
  params: Record<string, string | number>
  path: string
}

/** The county figure a count of the poor may not exceed; undefined when the kind counts something else. */
function countyBaselineFor(kind: IndicatorKind, dataCard: DataCard): number | null | undefined {
  switch (kind) {
    case 'people-lifted':
      return dataCard.registeredPoorPeople ?? dataCard.remainingPoorPeople
    case 'households-lifted':
      return dataCard.registeredPoorHouseholds
    case 'villages-exited':
      return dataCard.poorVillages
    default:
      return undefined
  }
}

/**
 * What a row's targets may not exceed: the row's own baseline (the calculator puts the poor it starts
 * from there: Lueyang's 32,000 still poor in 2018), else the county's figure. A baseline of 0 reads as
 * "none lifted yet", not as a ceiling, so it too falls back to the county. An income or other row's
 * baseline is where it starts, not a ceiling: null.
 */
function baselineFor(indicator: Indicator, dataCard: DataCard): number | null {
  const county = countyBaselineFor(indicator.kind, dataCard)
  if (county === undefined) return null
  const own = indicator.baselineValue
  return own !== null && own > 0 ? own : county
}

function indicatorIssues(indicator: Indicator, dataCard: DataCard): TargetIssue[] {
  const issues: TargetIssue[] = []
  const at = (suffix: string) => `indicators.${indicator.id}.${suffix}`
  const baseline = baselineFor(indicator, dataCard)
  for (const target of indicator.targets) {
    // Compared year by year: whether a group writes annual quotas or running totals, no single
    // year can exceed the whole baseline.
    if (baseline !== null && target.value > baseline) {
      issues.push({
        key: 'target.aboveBaseline',
        params: { target: target.value, baseline },
        path: at(`targets.${target.year}`),
      })
    }
    if (indicator.baselineYear !== null && target.year < indicator.baselineYear) {
      issues.push({
        key: 'target.deadlineBeforeBaseline',
        params: { targetYear: String(target.year), baselineYear: String(indicator.baselineYear) },
        path: at(`targets.${target.year}`),
      })
    }
  }
  // A row nobody has named yet is not an indicator yet: flagging it would nag while typing.
  if (indicator.name.trim() !== '' && indicator.responsibleUnit.trim() === '') {
    issues.push({
      key: 'target.missingResponsibleUnit',
      params: { indicator: indicator.name.trim() },
      path: at('responsibleUnit'),
    })
  }
  return issues
}

/** Every consistency issue of the plan's targets, in the order the target step shows its fields. */
export function checkTargets(
  plan: Pick<Plan, 'benefit' | 'dataCard' | 'indicators'>,
  povertyLines: readonly PovertyLine[],
): TargetIssue[] {
  const issues: TargetIssue[] = []
  const { benefit, dataCard } = plan
  const result = computeBenefit(plan, povertyLines)
  if (benefit.sharePercent !== null && benefit.sharePercent > 100) {
    issues.push({
      key: 'target.shareOver100',
      params: { share: benefit.sharePercent },
      path: 'benefit.sharePercent',
    })
  }
  const baselinePopulation = dataCard.registeredPoorPeople ?? dataCard.remainingPoorPeople
  if (
    result.peopleLifted !== null &&
    baselinePopulation !== null &&
    result.peopleLifted > baselinePopulation
  ) {
    issues.push({
      key: 'target.aboveBaseline',
      params: { target: result.peopleLifted, baseline: baselinePopulation },
      path: 'benefit.peopleLifted',
    })
  }
  const baselineYear = result.resolved.baselineYear
  if (benefit.targetYear !== null && baselineYear !== null && benefit.targetYear < baselineYear) {
    issues.push({
      key: 'target.deadlineBeforeBaseline',
      params: { targetYear: String(benefit.targetYear), baselineYear: String(baselineYear) },
      path: 'benefit.targetYear',
    })
  }
  const lineYear = result.resolved.povertyLineYear.value
  const gapInputsKnown =
    benefit.currentIncomePerCapita !== null && result.resolved.householdSize.value !== null
  if (lineYear !== null && gapInputsKnown && result.gap === null) {
    issues.push({
      key: 'target.noPovertyLine',
      params: { year: String(lineYear) },
      path: 'benefit.povertyLineYear',
    })
  }
  if (result.closesGap === false && result.incomePerHousehold !== null && result.gap) {
    issues.push({
      key: 'target.upliftBelowGap',
      params: { uplift: result.incomePerHousehold, gap: result.gap.gapPerHousehold },
      path: 'benefit.incomePerHousehold',
    })
  }
  for (const indicator of plan.indicators) issues.push(...indicatorIssues(indicator, dataCard))
  return issues
}

/** An issue as a sentence, its counts grouped the way the locale writes them (19,200). */
export function formatTargetIssue(issue: TargetIssue, locale: Locale): string {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const params = Object.fromEntries(
    Object.entries(issue.params).map(([name, value]) => [
      name,
      typeof value === 'number' ? numbers.format(value) : value,
    ]),
  )
  return formatMessage(issue.key, locale, params)
}
