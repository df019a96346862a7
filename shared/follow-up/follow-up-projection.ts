import type { FollowUpOverviewLine } from './follow-up-progress'
import type { FollowUpRound } from './follow-up-round-schema'
import { byRoundDate } from './progress-series'

/** What the projector's follow-up mode shows: a round (null: the workshop has none) and its counties. */
export interface FollowUpProjection {
  round: FollowUpRound | null
  lines: FollowUpOverviewLine[]
}

/**
 * The round to project: the console's choice while it is still one of the workshop's rounds (a deleted
 * round, or an id from elsewhere, falls back), else the latest by date.
 */
export function projectedRound(
  rounds: readonly FollowUpRound[],
  chosenId: string | null,
): FollowUpRound | null {
  return rounds.find((round) => round.id === chosenId) ?? [...rounds].sort(byRoundDate).at(-1) ?? null
}
