import type * as Y from 'yjs'
import type { DotVoteResult } from './dot-vote-schema'

/**
 * Dot-voting keeps its ballots out of the plan document: every device of the county receives that
 * document, so a dot stored there is a dot every member can read (and rewrite). Ballots live in the
 * hub's database behind REST (docs/architecture.md "Secret ballots"); the plan holds only what the hub
 * publishes when the facilitator reveals the results:
 *   dotResults  Y.Map { "<cardId>": { dots, voters } }   written by the hub alone, emptied on hide
 */
export const DOT_RESULTS_ROOT = 'dotResults'

/** The dot vote owns no root a device writes: its ballots are in the hub's database. */
export const DOT_VOTE_ROOTS = [] as const

/** The roots of the dot vote only the hub writes (through its own connection). */
export const DOT_VOTE_HUB_ROOTS = [DOT_RESULTS_ROOT] as const

export const planDotResults = (doc: Y.Doc) => doc.getMap<unknown>(DOT_RESULTS_ROOT)

/** Replaces the published totals with these (the hub, on reveal and on every change while revealed). */
export function publishDotResults(doc: Y.Doc, results: readonly DotVoteResult[]): void {
  const published = planDotResults(doc)
  const next = new Map(results.map((result) => [result.cardId, result]))
  doc.transact(() => {
    for (const cardId of [...published.keys()]) if (!next.has(cardId)) published.delete(cardId)
    for (const { cardId, dots, voters } of results) {
      const old = published.get(cardId) as { dots?: unknown; voters?: unknown } | undefined
      // Unchanged totals are not rewritten, so a republish sends devices only what moved.
      if (old?.dots !== dots || old?.voters !== voters) published.set(cardId, { dots, voters })
    }
  })
}

/** Takes the published totals away (results hidden, vote started again); returns whether any were there. */
export function withdrawDotResults(doc: Y.Doc): boolean {
  const published = planDotResults(doc)
  if (published.size === 0) return false
  doc.transact(() => published.clear())
  return true
}
