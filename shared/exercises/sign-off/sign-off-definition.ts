import { signOffMessages } from './sign-off-messages'
import { hasProse } from '../../live/prose-text'
import type { ExerciseDefinition } from '../exercise-definition'
import { filled } from '../exercise-definition'

export const SIGN_OFF: ExerciseDefinition = {
  kind: 'sign-off',
  messages: signOffMessages,
  defaultMinutes: 30,
  sections: ['cover', 'monitoring'],
  criteria: [
    {
      id: 'title',
      met: ({ info }) => filled(info.title),
    },
    {
      id: 'period',
      met: ({ info }) => info.startYear !== null && info.endYear !== null && info.startYear <= info.endYear,
    },
    {
      id: 'monitoring',
      met: ({ prose }) => hasProse(prose.monitoring),
    },
    {
      id: 'final',
      met: ({ info }) => info.status === 'final',
    },
  ],
}
