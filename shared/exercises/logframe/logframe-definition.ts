import { logframeMessages } from './logframe-messages'
import { hasProse } from '../../live/prose-text'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

export const LOGFRAME: ExerciseDefinition = {
  kind: 'logframe',
  messages: logframeMessages,
  defaultMinutes: 45,
  sections: ['logframe', 'risks'],
  criteria: [
    {
      id: 'goal',
      met: ({ prose }) => hasProse(prose.goal),
    },
    {
      id: 'objectives-measured',
      met: ({ objectives, indicators }) =>
        allOf(
          objectives.filter((objective) => filled(objective.text)),
          (objective) => indicators.some((indicator) => indicator.objectiveId === objective.id),
        ),
    },
    {
      id: 'assumptions',
      met: ({ prose }) => hasProse(prose.assumptions),
    },
    {
      id: 'risks',
      met: ({ prose }) => hasProse(prose.risks),
    },
  ],
}
