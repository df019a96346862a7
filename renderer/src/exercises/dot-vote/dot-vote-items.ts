import { type Plan } from '../../../../shared/live/plan-schema'
import { SWOT_QUADRANTS, type SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'

/** Where a votable card comes from: a side of the problem tree or a SWOT quadrant. */
export type VoteSource = ProblemNodeKind | SwotQuadrant
export const VOTE_SOURCES: readonly VoteSource[] = ['cause', 'effect', ...SWOT_QUADRANTS]

export interface VoteItem {
  id: string
  text: string
  source: VoteSource
}

export interface VoteGroup {
  source: VoteSource
  items: VoteItem[]
}

/** Every card with something written on it, by where it comes from. */
function voteItems(plan: Pick<Plan, 'problemTree' | 'swot'>): VoteItem[] {
  return [
    ...plan.problemTree.nodes.map((node) => ({ id: node.id, text: node.text.trim(), source: node.kind })),
    ...plan.swot.map((card) => ({ id: card.id, text: card.text.trim(), source: card.quadrant })),
  ]
}

/**
 * The cards to vote on, grouped by source: the problem tree's causes and effects, then the SWOT
 * quadrants, each in the order of its board. Blank cards are left out (nobody can tell what they mean)
 * and so are empty groups.
 */
export function voteGroups(plan: Pick<Plan, 'problemTree' | 'swot'>): VoteGroup[] {
  const items = voteItems(plan).filter((item) => item.text !== '')
  return VOTE_SOURCES.map((source) => ({
    source,
    items: items.filter((item) => item.source === source),
  })).filter((group) => group.items.length > 0)
}

export interface RankedResult {
  /** Equal totals share a rank (1, 2, 2, 4). */
  rank: number
  cardId: string
  /** The card's text ('' when blank), and where it comes from. */
  text: string
  source: VoteSource
  dots: number
  voters: number
}

/** The revealed results, as the hub published them: every card with dots, most dots first. */
export function rankedResults(plan: Pick<Plan, 'problemTree' | 'swot' | 'dotResults'>): RankedResult[] {
  const items = new Map(voteItems(plan).map((item) => [item.id, item]))
  const ranked: RankedResult[] = []
  for (const result of plan.dotResults) {
    const item = items.get(result.cardId)
    if (!item) continue
    const previous = ranked.at(-1)
    const rank = previous && previous.dots === result.dots ? previous.rank : ranked.length + 1
    ranked.push({ ...result, rank, text: item.text, source: item.source })
  }
  return ranked
}
