import type * as Y from 'yjs'
import { parseDotVoteKey, planDotVotes } from './dot-vote-doc'
import { dotVoteSchema, type DotVote } from './dot-vote-schema'

/**
 * The votes on cards that still exist (a deleted card's dots no longer count), in key order so every
 * device reads the same list. A damaged key or count is left out.
 */
export function readDotVotes(doc: Y.Doc, cardIds: ReadonlySet<string>): DotVote[] {
  const votes: DotVote[] = []
  planDotVotes(doc).forEach((value, key) => {
    const parsed = parseDotVoteKey(key)
    if (!parsed || !cardIds.has(parsed.cardId)) return
    const vote = dotVoteSchema.safeParse({ ...parsed, count: value })
    if (vote.success) votes.push(vote.data)
  })
  return votes.sort((a, b) => (a.cardId + ':' + a.voterId < b.cardId + ':' + b.voterId ? -1 : 1))
}
