import type * as Y from 'yjs'
import { z } from 'zod'
import { sessionState } from '../live/session-doc'
import { EXERCISE_KINDS } from '../program/exercise-kinds'
import { canonicalExercises, isGalleryExercise } from './gallery-exercises'

/**
 * The review round the facilitator runs, kept in the session document's `state.review` (only the
 * facilitator writes the session, and every device already reads it):
 *   pairs    each county reads the plans in `reviews[county]` (its partner, or two in a trio) and
 *            comments on them
 *   gallery  every county reads every other county's plan and comments on it: all of it, or only the
 *            `exercises` the facilitator opened (null: all), which the hub then sends from a projection
 *            of the plan without the others (electron/hub/live/gallery-projections.ts)
 * Null when no round runs. The hub grants read access to another county's plan, and write access to its
 * comments, from this value alone, and takes both back when it changes.
 */
export const reviewRoundSchema = z.object({
  kind: z.enum(['pairs', 'gallery']),
  itemId: z.string().nullable(),
  reviews: z.record(z.string(), z.array(z.string())),
  /** The workshop's counties when the round started, by name: a group's device has no other list of them. */
  counties: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string() })).default([]),
  /** A gallery walk's open exercises, at least one, in the programme's order; null (or absent): all. */
  exercises: z
    .array(z.enum(EXERCISE_KINDS))
    .min(1)
    .refine((kinds) => kinds.every(isGalleryExercise) && canonicalExercises(kinds).join() === kinds.join())
    .nullable()
    .default(null),
})
export type ReviewRound = z.output<typeof reviewRoundSchema>

export function readReviewRound(doc: Y.Doc): ReviewRound | null {
  const parsed = reviewRoundSchema.safeParse(sessionState(doc).get('review'))
  return parsed.success ? parsed.data : null
}

/** Starts a round; one the schema refuses is never written (every device would read no round at all). */
export function startReviewRound(doc: Y.Doc, round: z.input<typeof reviewRoundSchema>): void {
  sessionState(doc).set('review', reviewRoundSchema.parse(round))
}

export function endReviewRound(doc: Y.Doc): void {
  sessionState(doc).set('review', null)
}

/** The exercises a gallery walk opens when it opens only some; null when all are open or none runs. */
export const galleryExercises = (round: ReviewRound | null): ReviewRound['exercises'] =>
  round?.kind === 'gallery' ? round.exercises : null

/**
 * Whether county `reader` may read `countyId`'s plan (and comment on it) now. Its own always. In a
 * gallery walk with closed exercises, it reads the plan only through the hub's projection of it.
 */
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
