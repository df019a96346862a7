import { EXERCISE_ROOTS, FACILITATOR_ROOTS } from '../live/plan-roots'
import { EXERCISE_KINDS, type ExerciseKind } from '../program/exercise-kinds'

/**
 * The exercises a facilitator may open, or keep closed, in a gallery walk: those that own content in
 * the plan document (EXERCISE_ROOTS), in the programme's order. The dot vote and the budget own none:
 * they show the SWOT's cards and the action plan's rows, so they open with those.
 */
export const GALLERY_EXERCISES: readonly ExerciseKind[] = EXERCISE_KINDS.filter(
  (kind) => (EXERCISE_ROOTS[kind]?.length ?? 0) > 0,
)

/** Exercises without content of their own, shown with the exercise whose content they show. */
const SHOWN_WITH: Partial<Record<ExerciseKind, ExerciseKind>> = { 'dot-vote': 'swot', budget: 'action-plan' }

export const isGalleryExercise = (kind: string): kind is ExerciseKind =>
  (GALLERY_EXERCISES as readonly string[]).includes(kind)

/** The chosen exercises once each, in the programme's order: the one spelling a projection is named by. */
export function canonicalExercises(open: readonly string[]): ExerciseKind[] {
  return GALLERY_EXERCISES.filter((kind) => open.includes(kind))
}

export const sameExercises = (a: readonly string[], b: readonly string[]) =>
  canonicalExercises(a).join() === canonicalExercises(b).join() &&
  a.every(isGalleryExercise) &&
  b.every(isGalleryExercise)

/** The exercises a gallery reader sees when `open` are open: those, and the ones shown with them. */
export function shownExercises(open: readonly ExerciseKind[]): ExerciseKind[] {
  return EXERCISE_KINDS.filter((kind) => open.includes(SHOWN_WITH[kind] ?? kind))
}

/**
 * The plan document's roots a gallery reader receives when `open` are open: the document's own `meta`
 * and the roots of the exercises shown. Everything else is left out of what the hub sends it.
 */
export function galleryRoots(open: readonly ExerciseKind[]): Set<string> {
  const shown = shownExercises(open)
  const roots = new Set<string>()
  for (const [root, owner] of Object.entries(FACILITATOR_ROOTS))
    if (owner === null || shown.includes(owner)) roots.add(root)
  for (const kind of shown) for (const root of EXERCISE_ROOTS[kind] ?? []) roots.add(root)
  return roots
}
