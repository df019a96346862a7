import { galleryWalkMessages } from './gallery-walk-messages'
import type { ExerciseDefinition } from '../exercise-definition'

export const GALLERY_WALK: ExerciseDefinition = {
  kind: 'gallery-walk',
  messages: galleryWalkMessages,
  defaultMinutes: 30,
  sections: [],
  criteria: null,
}
