import type { DotVote } from './dot-vote-schema'

export interface DotVoteResult {
  cardId: string
  dots: number
  voters: number
}

/** Cards with dots, most dots first (ties by card id, so every device ranks them the same). */
export function dotVoteResults(plan: { dotVotes: readonly DotVote[] }): DotVoteResult[] {
  const byCard = new Map<string, DotVoteResult>()
  for (const vote of plan.dotVotes) {
    const result = byCard.get(vote.cardId) ?? { cardId: vote.cardId, dots: 0, voters: 0 }
    result.dots += vote.count
    result.voters += 1
    byCard.set(vote.cardId, result)
  }
  return [...byCard.values()].sort((a, b) =>
    b.dots !== a.dots ? b.dots - a.dots : a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0,
  )
}
