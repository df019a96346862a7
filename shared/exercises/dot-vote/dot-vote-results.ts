import type { DotVoteResult } from './dot-vote-schema'

/** One member's dots on one card, as the hub's ballot table holds them. */
export interface BallotEntry {
  voter: string
  cardId: string
  dots: number
}

/** Most dots first, ties by card id, so every device ranks them the same. */
export function rankDotResults(results: readonly DotVoteResult[]): DotVoteResult[] {
  return [...results].sort((a, b) =>
    b.dots !== a.dots ? b.dots - a.dots : a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0,
  )
}

/** The totals per card of a county's ballots, counting only cards that still exist, ranked. */
export function tallyBallots(entries: readonly BallotEntry[], cardIds: ReadonlySet<string>): DotVoteResult[] {
  const byCard = new Map<string, DotVoteResult>()
  for (const entry of entries) {
    if (!cardIds.has(entry.cardId) || entry.dots < 1) continue
    const result = byCard.get(entry.cardId) ?? { cardId: entry.cardId, dots: 0, voters: 0 }
    result.dots += entry.dots
    result.voters += 1
    byCard.set(entry.cardId, result)
  }
  return rankDotResults([...byCard.values()])
}
