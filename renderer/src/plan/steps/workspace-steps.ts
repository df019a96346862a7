import type { ExerciseKind } from '../../../../shared/program/exercise-kinds'

/**
 * The steps the group workspace offers, in the default programme's order of the exercises that produce
 * plan content (EXERCISE_KINDS order). Each has an editor in step-editors.tsx; the compiler checks that
 * every step listed here has one.
 */
export const WORKSPACE_STEPS = [
  'county-data-card',
  'problem-tree',
  'swot',
  'dot-vote',
  'resource-matching',
  'target-setting',
  'action-plan',
  'budget',
  'logframe',
  'sign-off',
] as const satisfies readonly ExerciseKind[]
export type WorkspaceStep = (typeof WORKSPACE_STEPS)[number]

/** The step named by `?step=`; an unknown or missing one falls back to the first, so old links still open. */
export function stepFromSearch(value: string | null): WorkspaceStep {
  return (WORKSPACE_STEPS as readonly string[]).includes(value ?? '')
    ? (value as WorkspaceStep)
    : WORKSPACE_STEPS[0]
}
