import type { ExerciseKind } from '../program/exercise-kinds'

/**
 * What the projector shows, chosen on the console:
 *   exercise   the current exercise, its instructions and the timer
 *   spotlight  one county's work on one exercise (SWOT, problem tree, targets…)
 *   gallery    every county's headline target side by side, with the total
 *   join       every group's join code and QR code
 *   message    the facilitator's broadcast, as large as it gets
 *   follow-up  the latest follow-up review round: which counties are on track
 */
export const PROJECTOR_MODES = ['exercise', 'spotlight', 'gallery', 'join', 'message', 'follow-up'] as const
export type ProjectorMode = (typeof PROJECTOR_MODES)[number]

export function isProjectorMode(value: unknown): value is ProjectorMode {
  return typeof value === 'string' && (PROJECTOR_MODES as readonly string[]).includes(value)
}

/** The exercises whose work the projector can show for one county, in programme order. */
export const SPOTLIGHT_KINDS = [
  'county-data-card',
  'problem-tree',
  'swot',
  'resource-matching',
  'target-setting',
  'action-plan',
] as const satisfies readonly ExerciseKind[]
export type SpotlightKind = (typeof SPOTLIGHT_KINDS)[number]

export function isSpotlightKind(value: unknown): value is SpotlightKind {
  return typeof value === 'string' && (SPOTLIGHT_KINDS as readonly string[]).includes(value)
}

/**
 * What to show of a county when the facilitator spotlights it during an exercise: that exercise's work
 * where the projector can show it, else its SWOT (the usual gallery-walk piece).
 */
export function spotlightKindFor(kind: ExerciseKind | null): SpotlightKind {
  if (kind === 'dot-vote' || kind === 'gallery-walk') return 'swot'
  if (kind === 'budget' || kind === 'logframe' || kind === 'sign-off' || kind === 'peer-review')
    return 'target-setting'
  return isSpotlightKind(kind) ? kind : 'swot'
}
