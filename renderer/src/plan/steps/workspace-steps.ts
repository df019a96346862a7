import type { ExerciseKind } from '../../../../shared/program/exercise-kinds'

/**
 * The steps the group workspace offers, in the default programme's order of the exercises that produce
 * plan content. Only exercises whose editor exists are listed: a step without an editor would be a dead
 * end for the group. The agenda-driven order replaces this list with the facilitator issue.
 */
export const WORKSPACE_STEPS = ['county-data-card', 'swot'] as const satisfies readonly ExerciseKind[]
export type WorkspaceStep = (typeof WORKSPACE_STEPS)[number]

/** The step named by `?step=`; an unknown or missing one falls back to the first, so old links still open. */
export function stepFromSearch(value: string | null): WorkspaceStep {
  return (WORKSPACE_STEPS as readonly string[]).includes(value ?? '')
    ? (value as WorkspaceStep)
    : WORKSPACE_STEPS[0]
}
