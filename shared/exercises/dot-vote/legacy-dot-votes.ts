import type * as Y from 'yjs'

/**
 * The dots of plans written before ballots moved to the hub's database: a root `dotVotes`,
 * Y.Map { "<cardId>:<voterId>": count }, the voter id a random id each device made up. The hub moves
 * them into its ballot table once, when it loads such a plan, and then empties the root.
 */
export const LEGACY_DOT_VOTES_ROOT = 'dotVotes'

export interface LegacyDot {
  cardId: string
  /** The device's own random id, as it was stored. */
  voterId: string
  count: number
}

const VOTER_ID = /^[A-Za-z0-9_-]{1,64}$/

/** The legacy root's readable dots; damaged keys or counts are skipped (they never counted). */
export function readLegacyDotVotes(doc: Y.Doc): LegacyDot[] {
  const dots: LegacyDot[] = []
  doc.getMap<unknown>(LEGACY_DOT_VOTES_ROOT).forEach((value, key) => {
    const at = key.lastIndexOf(':')
    const cardId = key.slice(0, Math.max(at, 0))
    const voterId = key.slice(at + 1)
    if (at <= 0 || !VOTER_ID.test(voterId)) return
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return
    dots.push({ cardId, voterId, count: value })
  })
  return dots
}

/** Empties the legacy root; returns whether there was anything in it. */
export function clearLegacyDotVotes(doc: Y.Doc): boolean {
  const votes = doc.getMap<unknown>(LEGACY_DOT_VOTES_ROOT)
  if (votes.size === 0) return false
  doc.transact(() => votes.clear())
  return true
}
