import { peerReviewMessages } from './peer-review-messages'
import type { ExerciseDefinition } from '../exercise-definition'

export const PEER_REVIEW: ExerciseDefinition = {
  kind: 'peer-review',
  messages: peerReviewMessages,
  defaultMinutes: 45,
  sections: [],
  criteria: null,
}
