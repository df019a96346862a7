import type { ExerciseKind } from '../program/exercise-kinds'
import { canonicalExercises } from '../review/gallery-exercises'

/**
 * Names of the live (Yjs) documents the hub syncs. A name says which workshop and county it
 * belongs to, so authorization can decide from the name alone, before any sync happens.
 */
export type LiveDocRef =
  | { kind: 'plan'; workshopId: string; countyId: string }
  | { kind: 'comments'; workshopId: string; countyId: string }
  | { kind: 'session'; workshopId: string }
  /** A county's plan with only `exercises` in it, which the hub keeps for a gallery walk's readers. */
  | { kind: 'gallery'; workshopId: string; countyId: string; exercises: ExerciseKind[] }
  /** A county's comments with only those on `exercises`, which the hub keeps for a gallery walk's readers. */
  | { kind: 'galleryComments'; workshopId: string; countyId: string; exercises: ExerciseKind[] }

const ID = '[A-Za-z0-9_-]{8,64}'
const PLAN = new RegExp(`^plan/(${ID})/(${ID})$`)
const COMMENTS = new RegExp(`^comments/(${ID})/(${ID})$`)
const SESSION = new RegExp(`^session/(${ID})$`)
const GALLERY = new RegExp(`^gallery/(${ID})/(${ID})/([a-z.-]{1,300})$`)
const GALLERY_COMMENTS = new RegExp(`^gallery-comments/(${ID})/(${ID})/([a-z.-]{1,300})$`)

export const planDocName = (workshopId: string, countyId: string) => `plan/${workshopId}/${countyId}`
/** The comments on a county's plan: a document of their own, so they never enter the plan or its PDF. */
export const commentsDocName = (workshopId: string, countyId: string) => `comments/${workshopId}/${countyId}`
export const sessionDocName = (workshopId: string) => `session/${workshopId}`
/**
 * The hub's read-only projection of a county's plan for a gallery walk open on `exercises` only. The
 * name spells them (in the programme's order), so what a document holds follows from its name, and a
 * projection of another choice is a different document.
 */
export const galleryDocName = (workshopId: string, countyId: string, exercises: readonly ExerciseKind[]) =>
  `gallery/${workshopId}/${countyId}/${canonicalExercises(exercises).join('.')}`
/**
 * The hub's projection of a county's comments for a gallery walk open on `exercises` only: the comments on
 * those exercises. Its readers add their comments to it, and the hub carries them into the county's own.
 */
export const galleryCommentsDocName = (
  workshopId: string,
  countyId: string,
  exercises: readonly ExerciseKind[],
) => `gallery-comments/${workshopId}/${countyId}/${canonicalExercises(exercises).join('.')}`

export function parseDocName(name: string): LiveDocRef | null {
  const plan = PLAN.exec(name)
  if (plan?.[1] && plan[2]) return { kind: 'plan', workshopId: plan[1], countyId: plan[2] }
  const comments = COMMENTS.exec(name)
  if (comments?.[1] && comments[2])
    return { kind: 'comments', workshopId: comments[1], countyId: comments[2] }
  const session = SESSION.exec(name)
  if (session?.[1]) return { kind: 'session', workshopId: session[1] }
  for (const [pattern, kind] of [
    [GALLERY, 'gallery'],
    [GALLERY_COMMENTS, 'galleryComments'],
  ] as const) {
    const gallery = pattern.exec(name)
    if (gallery?.[1] && gallery[2] && gallery[3]) {
      const exercises = canonicalExercises(gallery[3].split('.'))
      // Only the one spelling of a choice names a projection.
      if (exercises.length > 0 && exercises.join('.') === gallery[3])
        return { kind, workshopId: gallery[1], countyId: gallery[2], exercises }
    }
  }
  return null
}
