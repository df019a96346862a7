import { actionPlanMessages } from './action-plan-messages'
import type { Plan } from '../../live/plan-schema'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

/** Untitled rows are measures nobody has started to write yet. */
const titled = (plan: Plan) => plan.actions.filter((action) => filled(action.title))

export const ACTION_PLAN: ExerciseDefinition = {
  kind: 'action-plan',
  messages: actionPlanMessages,
  defaultMinutes: 120,
  sections: ['action-plan'],
  criteria: [
    {
      id: 'measures',
      met: (plan) => titled(plan).length > 0,
    },
    {
      id: 'tags',
      met: (plan) => allOf(titled(plan), (action) => action.batch !== null && action.mechanism !== null),
    },
    {
      id: 'beneficiaries',
      met: (plan) =>
        allOf(
          titled(plan),
          (action) => action.beneficiaryHouseholds !== null || action.beneficiaryPeople !== null,
        ),
    },
    {
      id: 'owners-and-dates',
      met: (plan) =>
        allOf(
          titled(plan),
          (action) => filled(action.owner) && action.startDate !== null && action.endDate !== null,
        ),
    },
    {
      id: 'indicator-links',
      met: (plan) => allOf(titled(plan), (action) => action.indicatorIds.length > 0),
    },
  ],
}
