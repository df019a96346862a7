import { budgetMessages } from './budget-messages'
import type { Plan } from '../../live/plan-schema'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

const costedLines = (plan: Plan) =>
  plan.actions.flatMap((action) => action.budgetLines.filter((line) => line.amount !== null))

export const BUDGET: ExerciseDefinition = {
  kind: 'budget',
  messages: budgetMessages,
  defaultMinutes: 45,
  sections: ['budget'],
  criteria: [
    {
      id: 'lines',
      met: (plan) => costedLines(plan).length > 0,
    },
    {
      id: 'every-measure',
      met: (plan) =>
        allOf(
          plan.actions.filter((action) => filled(action.title)),
          (action) => action.budgetLines.some((line) => line.amount !== null),
        ),
    },
    {
      id: 'years-and-sources',
      met: (plan) => allOf(costedLines(plan), (line) => line.year !== null && line.source !== null),
    },
  ],
}
