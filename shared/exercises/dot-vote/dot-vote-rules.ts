import type { Plan } from '../../live/plan-schema'
import { exerciseLock } from '../../session/exercise-lock'
import type { RunState } from '../../session/run-state'
import type { VotingClosedReason } from './dot-vote-schema'

/**
 * The cards a member may put a dot on: every problem-tree cause or effect and every SWOT card with
 * something written on it (nobody can tell what a blank card means). The step shows exactly these and
 * the hub accepts exactly these.
 */
export function votableCardIds(plan: Pick<Plan, 'problemTree' | 'swot'>): Set<string> {
  return new Set([
    ...plan.problemTree.nodes.filter((node) => node.text.trim() !== '').map((node) => node.id),
    ...plan.swot.filter((card) => card.text.trim() !== '').map((card) => card.id),
  ])
}

/** The cards whose dots still count: every card that exists, written on or not. */
export function existingCardIds(plan: Pick<Plan, 'problemTree' | 'swot'>): Set<string> {
  return new Set([...plan.problemTree.nodes.map((node) => node.id), ...plan.swot.map((card) => card.id)])
}

/**
 * Whether a county's members may vote at hub time `now`: the dot vote follows the room's lock rule
 * like every exercise (locked for all, for this group, or time up with "pause input at zero").
 */
export const votingClosed = (run: RunState, countyId: string, now: number): VotingClosedReason | null =>
  exerciseLock(run, 'dot-vote', countyId, now)
