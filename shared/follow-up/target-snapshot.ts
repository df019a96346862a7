import { peopleLifted } from '../exercises/target-setting/benefit-arithmetic'
import { resolveBenefitInputs } from '../exercises/target-setting/benefit-calculator'
import type { Plan } from '../live/plan-schema'
import type { TargetSnapshot } from './follow-up-report-schema'

/**
 * What a county's report for a round of `planYear` is judged against, read from its plan: every indicator
 * with that year's target (null where the plan set none for the year), the actions and the resource
 * matches by title, and the headline people-lifted figure as the benefit calculator works it out (its base
 * falls back to the data card's people still poor, as on the target step).
 */
export function targetSnapshot(plan: Plan, planYear: number): TargetSnapshot {
  const { sharePercent, targetYear } = plan.benefit
  const basePoorPeople = resolveBenefitInputs(plan.benefit, plan.dataCard).basePoorPeople.value
  return {
    planYear,
    indicators: plan.indicators.map((indicator) => ({
      id: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      unit: indicator.unit,
      target: indicator.targets.find((target) => target.year === planYear)?.value ?? null,
    })),
    actions: plan.actions.map((action) => ({ id: action.id, title: action.title })),
    matches: plan.matches.map((match) => ({ id: match.id, title: match.resourceTitle })),
    peoplePlanned:
      basePoorPeople === null || sharePercent === null ? null : peopleLifted(basePoorPeople, sharePercent),
    peoplePlannedBy: targetYear,
  }
}
