import type * as Y from 'yjs'
import { planDotResults } from './dot-vote-doc'
import { rankDotResults } from './dot-vote-results'
import { dotVoteResultSchema, type DotVoteResult } from './dot-vote-schema'

/**
 * The totals the hub published, on cards that still exist (a deleted card's dots no longer count),
 * most dots first. Empty while the results are hidden. A damaged entry is left out.
 */
export function readDotResults(doc: Y.Doc, cardIds: ReadonlySet<string>): DotVoteResult[] {
  const results: DotVoteResult[] = []
  planDotResults(doc).forEach((value, cardId) => {
    if (!cardIds.has(cardId) || typeof value !== 'object' || value === null) return
    const result = dotVoteResultSchema.safeParse({ ...value, cardId })
    if (result.success) results.push(result.data)
  })
  return rankDotResults(results)
}
