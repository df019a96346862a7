import { customMessages } from './custom-messages'
import type { ExerciseDefinition } from '../exercise-definition'

/** Any other agenda item; the agenda gives it its own title, this is the fallback. */
export const CUSTOM: ExerciseDefinition = {
  kind: 'custom',
  messages: customMessages,
  defaultMinutes: 30,
  sections: [],
  criteria: null,
}
