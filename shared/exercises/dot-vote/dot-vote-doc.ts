import type * as Y from 'yjs'

/**
 * Dot-voting: each member spends up to N dots (the session document's `dotsPerMember`) on SWOT or
 * problem-tree cards, several on one card if they like. Counts live in one flat map keyed
 * "<cardId>:<voterId>", so two voters never write the same key and a vote can never be lost to
 * another voter's concurrent vote. The voter id is an opaque per-device id, never a name: votes
 * are anonymous, and results are shown only once the facilitator reveals them.
 */
const VOTER_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The one root the dot vote owns: a Y.Map { "<cardId>:<voterId>": count }. */
export const DOT_VOTE_ROOTS = ['dotVotes'] as const

export const planDotVotes = (doc: Y.Doc) => doc.getMap<unknown>('dotVotes')

export const dotVoteKey = (cardId: string, voterId: string) => `${cardId}:${voterId}`

/** Splits a vote key; null when it is not one (a damaged key). */
export function parseDotVoteKey(key: string): { cardId: string; voterId: string } | null {
  const at = key.lastIndexOf(':')
  if (at <= 0) return null
  const voterId = key.slice(at + 1)
  return VOTER_ID.test(voterId) ? { cardId: key.slice(0, at), voterId } : null
}

const countAt = (votes: Y.Map<unknown>, key: string): number => {
  const value = votes.get(key)
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 0
}

/** Dots this voter has placed, on any card. */
export function dotsUsed(doc: Y.Doc, voterId: string): number {
  let used = 0
  planDotVotes(doc).forEach((_value, key) => {
    if (parseDotVoteKey(key)?.voterId === voterId) used += countAt(planDotVotes(doc), key)
  })
  return used
}

/** Dots this voter has on this card. */
export const dotsOn = (doc: Y.Doc, cardId: string, voterId: string): number =>
  countAt(planDotVotes(doc), dotVoteKey(cardId, voterId))

/** Places one dot; false (and nothing written) when the voter has no dot left or the id is invalid. */
export function castDot(doc: Y.Doc, cardId: string, voterId: string, dotsPerMember: number): boolean {
  if (!VOTER_ID.test(voterId) || cardId === '') return false
  if (dotsUsed(doc, voterId) >= dotsPerMember) return false
  const key = dotVoteKey(cardId, voterId)
  doc.transact(() => planDotVotes(doc).set(key, countAt(planDotVotes(doc), key) + 1))
  return true
}

/** Takes one of this voter's dots back from a card; false when there was none. */
export function removeDot(doc: Y.Doc, cardId: string, voterId: string): boolean {
  const votes = planDotVotes(doc)
  const key = dotVoteKey(cardId, voterId)
  const count = countAt(votes, key)
  if (count === 0) return false
  doc.transact(() => (count === 1 ? votes.delete(key) : votes.set(key, count - 1)))
  return true
}

/** Drops every dot on a card (the card was deleted), in the caller's transaction. */
export function forgetDotsOn(doc: Y.Doc, cardId: string): void {
  const votes = planDotVotes(doc)
  for (const key of [...votes.keys()]) {
    if (parseDotVoteKey(key)?.cardId === cardId) votes.delete(key)
  }
}

/** Takes every dot off every card (the facilitator starts the vote again); returns how many were removed. */
export function clearDotVotes(doc: Y.Doc): number {
  const votes = planDotVotes(doc)
  let removed = 0
  votes.forEach((_value, key) => (removed += countAt(votes, key)))
  if (votes.size > 0) doc.transact(() => votes.clear())
  return removed
}
