import { EXERCISE_DEFINITIONS } from '../exercises/exercise-definitions'
import { exerciseCompleteness, type ExerciseCompleteness } from '../exercises/exercise-completeness'
import { checkTargets, type TargetIssue } from '../exercises/target-setting/target-checks'
import type { Plan } from '../live/plan-schema'
import type { PovertyLine } from '../poverty-line/poverty-line-schema'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { RunItem } from './agenda-run'

/**
 * The exercises of the agenda whose completeness can be measured, each once, in agenda order: the
 * columns of the console's progress grid. A workshop that drops an exercise does not get a column for it.
 */
export function progressKinds(order: readonly RunItem[]): ExerciseKind[] {
  const kinds: ExerciseKind[] = []
  for (const { item } of order) {
    if (EXERCISE_DEFINITIONS[item.kind].criteria !== null && !kinds.includes(item.kind)) kinds.push(item.kind)
  }
  return kinds
}

export interface CountyProgress {
  exercises: { kind: ExerciseKind; completeness: ExerciseCompleteness | null }[]
  /**
   * The target step's consistency warnings (docs/domain.md "Consistency flags"): what the facilitator
   * should look at.
   */
  alerts: TargetIssue[]
}

/** One row of the progress grid, read from the county's plan exactly as the group's own navigator reads it. */
export function countyProgress(
  plan: Plan,
  kinds: readonly ExerciseKind[],
  povertyLines: readonly PovertyLine[],
): CountyProgress {
  return {
    exercises: kinds.map((kind) => ({ kind, completeness: exerciseCompleteness(kind, plan) })),
    alerts: checkTargets(plan, povertyLines),
  }
}
