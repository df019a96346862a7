import type { ExerciseCompleteness } from '../../../../shared/exercises/exercise-completeness'

/** How the navigator shows a step's completeness: not applicable, done, or a whole percentage. */
export type CompletenessState = { kind: 'none' } | { kind: 'done' } | { kind: 'partial'; percent: number }

export function completenessState(completeness: ExerciseCompleteness | null): CompletenessState {
  if (!completeness || completeness.total === 0) return { kind: 'none' }
  if (completeness.done >= completeness.total) return { kind: 'done' }
  // Floor, so a step never reads 100% while something is still missing.
  return { kind: 'partial', percent: Math.floor((completeness.done / completeness.total) * 100) }
}
