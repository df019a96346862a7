import { exerciseTitle as titleOfKind } from '../../../shared/exercises/exercise-definitions'
import type { Locale } from '../../../shared/locale/locale'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { templateTitleIn } from '../../../shared/program/template-titles'

/**
 * An agenda item's name: its own title when it has one (custom items, retitled exercises; a template's
 * words in the reader's language), else the exercise's.
 */
export function exerciseTitle(kind: ExerciseKind, ownTitle: string, language: Locale): string {
  return ownTitle.trim() !== '' ? templateTitleIn(ownTitle.trim(), language) : titleOfKind(kind, language)
}
