import type * as Y from 'yjs'
import { z } from 'zod'
import { sessionState } from '../live/session-doc'

/**
 * The review round the facilitator runs, kept in the session document's `state.review` (only the
 * facilitator writes the session, and every device already reads it):
 *   pairs    each county reads the plans in `reviews[county]` (its partner, or two in a trio) and
 *            comments on them
 *   gallery  every county reads every other county's plan and comments on it
 * Null when no round runs. The hub grants read access to another county's plan, and write access to its
 * comments, from this value alone, and takes both back when it changes.
 */
export const reviewRoundSchema = z.object({
  kind: z.enum(['pairs', 'gallery']),
  itemId: z.string().nullable(),
  reviews: z.record(z.string(), z.array(z.string())),
  /** The workshop's counties when the round started, by name: a group's device has no other list of them. */
  counties: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })).default([]),
})
export type ReviewRound = z.output<typeof reviewRoundSchema>

export function readReviewRound(doc: Y.Doc): ReviewRound | null {
  const parsed = reviewRoundSchema.safeParse(sessionState(doc).get('review'))
  return parsed.success ? parsed.data : null
}

export function startReviewRound(doc: Y.Doc, round: ReviewRound): void {
  sessionState(doc).set('review', round)
}

export function endReviewRound(doc: Y.Doc): void {
  sessionState(doc).set('review', null)
}

/** Whether county `reader` may read `countyId`'s plan (and comment on it) now. Its own always. */
export function mayReview(round: ReviewRound | null, reader: string, countyId: string): boolean {
  if (reader === countyId) return true
  if (!round) return false
  return round.kind === 'gallery' || (round.reviews[reader]?.includes(countyId) ?? false)
}

/** The counties `reader` reviews in this round (every other county in a gallery walk). */
export function reviewedBy(
  round: ReviewRound | null,
  reader: string,
  countyIds: readonly string[],
): string[] {
  return countyIds.filter((countyId) => countyId !== reader && mayReview(round, reader, countyId))
}
