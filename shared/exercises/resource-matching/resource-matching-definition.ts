import { resourceMatchingMessages } from './resource-matching-messages'
import type { ExerciseDefinition } from '../exercise-definition'
import { allOf, filled } from '../exercise-definition'

export const RESOURCE_MATCHING: ExerciseDefinition = {
  kind: 'resource-matching',
  messages: resourceMatchingMessages,
  defaultMinutes: 120,
  sections: ['resource-matching'],
  criteria: [
    {
      id: 'needs',
      met: ({ needs }) => needs.some((need) => filled(need.text)),
    },
    {
      id: 'matches',
      met: ({ matches }) => matches.length > 0,
    },
    {
      id: 'match-details',
      met: ({ matches }) => allOf(matches, (match) => filled(match.commitment) && filled(match.owner)),
    },
  ],
}
