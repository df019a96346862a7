import { targetSettingMessages } from './target-setting-messages'
import type { Plan } from '../../live/plan-schema'
import { computeBenefit } from './benefit-calculator'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

/** Rows nobody has named yet are not indicators yet. */
const named = (plan: Plan) => plan.indicators.filter((indicator) => filled(indicator.name))

export const TARGET_SETTING: ExerciseDefinition = {
  kind: 'target-setting',
  messages: targetSettingMessages,
  defaultMinutes: 120,
  sections: ['summary', 'targets'],
  criteria: [
    {
      id: 'indicators',
      met: (plan) => named(plan).length > 0,
    },
    {
      id: 'baselines',
      met: (plan) =>
        allOf(
          named(plan),
          (indicator) => indicator.baselineValue !== null && indicator.baselineYear !== null,
        ),
    },
    {
      id: 'annual-targets',
      met: (plan) => allOf(named(plan), (indicator) => indicator.targets.length > 0),
    },
    {
      id: 'accountability',
      met: (plan) =>
        allOf(
          named(plan),
          (indicator) => filled(indicator.responsibleUnit) && filled(indicator.verificationSource),
        ),
    },
    {
      id: 'people-lifted',
      met: (plan) => computeBenefit(plan, []).peopleLifted !== null,
    },
    {
      id: 'household-income',
      met: (plan) => computeBenefit(plan, []).incomePerHousehold !== null,
    },
  ],
}
