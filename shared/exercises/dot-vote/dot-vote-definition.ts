import { dotVoteMessages } from './dot-vote-messages'
import type { ExerciseDefinition } from '../exercise-definition'

export const DOT_VOTE: ExerciseDefinition = {
  kind: 'dot-vote',
  messages: dotVoteMessages,
  defaultMinutes: 20,
  sections: ['problem-analysis'],
  criteria: [
    {
      // Ballots are secret until the reveal, so the plan can only tell that the vote is done once it is.
      id: 'results-revealed',
      met: ({ dotResults }) => dotResults.length > 0,
    },
  ],
}
