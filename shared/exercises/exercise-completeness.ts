import type { Plan } from '../live/plan-schema'
import { EXERCISE_KINDS, type ExerciseKind } from '../program/exercise-kinds'
import { EXERCISE_DEFINITIONS } from './exercise-definitions'

export interface ExerciseCompleteness {
  done: number
  total: number
  /** Ids of the criteria not met yet, in the definition's order: the group's to-do list (labels: `criteria.<id>`). */
  missing: string[]
  /** Every criterion with its state, for a checklist. */
  criteria: { id: string; met: boolean }[]
}

/**
 * How complete one exercise is in a plan; null when completeness does not apply (the exercise
 * produces no plan content: gallery walk, peer review, other items). Show null as "—", not 0%.
 */
export function exerciseCompleteness(kind: ExerciseKind, plan: Plan): ExerciseCompleteness | null {
  const criteria = EXERCISE_DEFINITIONS[kind].criteria
  if (!criteria) return null
  const states = criteria.map((criterion) => ({ id: criterion.id, met: criterion.met(plan) }))
  return {
    done: states.filter((state) => state.met).length,
    total: states.length,
    missing: states.filter((state) => !state.met).map((state) => state.id),
    criteria: states,
  }
}

export interface PlanCompleteness {
  done: number
  total: number
  /** done ÷ total, 0–1 (1 when nothing applies). */
  ratio: number
  /** The exercises it applies to, in the order asked for, each once. */
  exercises: { kind: ExerciseKind; completeness: ExerciseCompleteness }[]
}

/**
 * Completeness of a plan over the given exercises (a workshop's agenda, which may drop some), or
 * over every kind. Every criterion weighs the same, so a plan is 100% only when all are met.
 */
export function planCompleteness(
  plan: Plan,
  kinds: readonly ExerciseKind[] = EXERCISE_KINDS,
): PlanCompleteness {
  const exercises = [...new Set(kinds)].flatMap((kind) => {
    const completeness = exerciseCompleteness(kind, plan)
    return completeness ? [{ kind, completeness }] : []
  })
  const done = exercises.reduce((sum, entry) => sum + entry.completeness.done, 0)
  const total = exercises.reduce((sum, entry) => sum + entry.completeness.total, 0)
  return { done, total, ratio: total === 0 ? 1 : done / total, exercises }
}
