import { dotVoteMessages } from './dot-vote-messages'
import type { ExerciseDefinition } from '../exercise-definition'

export const DOT_VOTE: ExerciseDefinition = {
  kind: 'dot-vote',
  messages: dotVoteMessages,
  defaultMinutes: 20,
  sections: ['problem-analysis'],
  criteria: [
    {
      id: 'dots-placed',
      met: ({ dotVotes }) => dotVotes.length > 0,
    },
  ],
}
