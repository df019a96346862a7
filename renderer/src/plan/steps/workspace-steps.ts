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

const isStep = (kind: string): kind is WorkspaceStep => (WORKSPACE_STEPS as readonly string[]).includes(kind)

/**
 * The steps of a workshop: its agenda's exercises that have a step, each once, in the order the agenda
 * first takes them up, so a facilitator who drops, moves or repeats an exercise changes the groups'
 * workspace too. An agenda that holds none of them (a new workshop's empty agenda, or one not loaded
 * yet) gives every step in the default order: a group must never face an empty workspace.
 */
export function agendaSteps(agendaKinds: readonly string[] | null): WorkspaceStep[] {
  const steps: WorkspaceStep[] = []
  for (const kind of agendaKinds ?? []) if (isStep(kind) && !steps.includes(kind)) steps.push(kind)
  return steps.length > 0 ? steps : [...WORKSPACE_STEPS]
}

/** The step named by `?step=`; an unknown, missing or dropped one falls back to the first, so old links still open. */
export function stepFromSearch(
  value: string | null,
  steps: readonly WorkspaceStep[] = WORKSPACE_STEPS,
): WorkspaceStep {
  const first = steps[0] ?? WORKSPACE_STEPS[0]
  return value !== null && isStep(value) && steps.includes(value) ? value : first
}

/**
 * The steps a gallery walk's reader is shown: those of `shown` (null: every step). Where the agenda takes
 * up none of them, they are offered in the default order, so the reader never faces an empty plan.
 */
export function shownSteps(
  steps: readonly WorkspaceStep[],
  shown: readonly ExerciseKind[] | null,
): WorkspaceStep[] {
  if (shown === null) return [...steps]
  const kept = steps.filter((step) => shown.includes(step))
  return kept.length > 0 ? kept : WORKSPACE_STEPS.filter((step) => shown.includes(step))
}
