import { textIn, type Locale } from '../locale/locale'
import type { Plan } from '../live/plan-schema'
import type { PovertyLine } from '../poverty-line/poverty-line-schema'
import { budgetTotals } from '../exercises/budget/budget-totals'
import { computeBenefit } from '../exercises/target-setting/benefit-calculator'
import type { Indicator } from '../exercises/target-setting/target-setting-schema'

/**
 * The few figures a reader takes away from a plan: on its summary page and, side by side for every
 * county, in the workshop summary. Derived only from the plan, so both documents always agree.
 */
export interface HeadlineTarget {
  indicatorId: string
  name: string
  unit: string
  attribute: Indicator['attribute']
  /** The last annual target and its year. */
  value: number
  year: number
}

export interface PlanHeadlines {
  /** Benefit arithmetic: base poor people × share = people lifted (Lueyang: 32,000 × 60% = 19,200). */
  basePoorPeople: number | null
  sharePercent: number | null
  peopleLifted: number | null
  /** The year the plan ends (its exit year): the plan period's end, else the benefit's target year. */
  exitYear: number | null
  targets: HeadlineTarget[]
  totalBudget: number
  actionCount: number
  /** Providers of the matched resources that were not declined, each once, in plan order. */
  partners: string[]
}

/** At most this many indicators on the summary page (docs/domain.md "The exported county plan": 3–5). */
export const MAX_HEADLINE_TARGETS = 5

/** Indicators with a named target, binding ones first, each with its final annual target. */
export function headlineTargets(indicators: readonly Indicator[]): HeadlineTarget[] {
  const withTargets = indicators.flatMap((indicator) => {
    const last = indicator.targets.at(-1)
    if (!last || indicator.name.trim() === '') return []
    return [
      {
        indicatorId: indicator.id,
        name: indicator.name.trim(),
        unit: indicator.unit.trim(),
        attribute: indicator.attribute,
        value: last.value,
        year: last.year,
      },
    ]
  })
  const rank = (target: HeadlineTarget) => (target.attribute === 'binding' ? 0 : 1)
  return withTargets
    .map((target, index) => ({ target, index }))
    .sort((a, b) => rank(a.target) - rank(b.target) || a.index - b.index)
    .slice(0, MAX_HEADLINE_TARGETS)
    .map(({ target }) => target)
}

export function planHeadlines(
  plan: Plan,
  povertyLines: readonly PovertyLine[],
  locale: Locale,
): PlanHeadlines {
  const benefit = computeBenefit(plan, povertyLines)
  const partners: string[] = []
  for (const match of plan.matches) {
    if (match.status === 'declined') continue
    const provider = textIn(match.resourceProvider, locale).trim()
    if (provider !== '' && !partners.includes(provider)) partners.push(provider)
  }
  return {
    basePoorPeople: benefit.resolved.basePoorPeople.value,
    sharePercent: plan.benefit.sharePercent,
    peopleLifted: benefit.peopleLifted,
    exitYear: plan.info.endYear ?? plan.benefit.targetYear,
    targets: headlineTargets(plan.indicators),
    totalBudget: budgetTotals(plan.actions).total,
    actionCount: plan.actions.length,
    partners,
  }
}
