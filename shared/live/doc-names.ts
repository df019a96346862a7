/**
 * Names of the live (Yjs) documents the hub syncs. A name says which workshop and county it
 * belongs to, so authorization can decide from the name alone, before any sync happens.
 */
export type LiveDocRef =
  | { kind: 'plan'; workshopId: string; countyId: string }
  | { kind: 'comments'; workshopId: string; countyId: string }
  | { kind: 'session'; workshopId: string }

const ID = '[A-Za-z0-9_-]{8,64}'
const PLAN = new RegExp(`^plan/(${ID})/(${ID})$`)
const COMMENTS = new RegExp(`^comments/(${ID})/(${ID})$`)
const SESSION = new RegExp(`^session/(${ID})$`)

export const planDocName = (workshopId: string, countyId: string) => `plan/${workshopId}/${countyId}`
/** The comments on a county's plan: a document of their own, so they never enter the plan or its PDF. */
export const commentsDocName = (workshopId: string, countyId: string) => `comments/${workshopId}/${countyId}`
export const sessionDocName = (workshopId: string) => `session/${workshopId}`

export function parseDocName(name: string): LiveDocRef | null {
  const plan = PLAN.exec(name)
  if (plan?.[1] && plan[2]) return { kind: 'plan', workshopId: plan[1], countyId: plan[2] }
  const comments = COMMENTS.exec(name)
  if (comments?.[1] && comments[2])
    return { kind: 'comments', workshopId: comments[1], countyId: comments[2] }
  const session = SESSION.exec(name)
  if (session?.[1]) return { kind: 'session', workshopId: session[1] }
  return null
}
