import { exerciseTitle as titleOfKind } from '../../../shared/exercises/exercise-definitions'
import type { Locale } from '../../../shared/locale/locale'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'

/** An agenda item's name: its own title when it has one (custom items, retitled exercises), else the exercise's. */
export function exerciseTitle(kind: ExerciseKind, ownTitle: string, language: Locale): string {
  return ownTitle.trim() !== '' ? ownTitle.trim() : titleOfKind(kind, language)
}
