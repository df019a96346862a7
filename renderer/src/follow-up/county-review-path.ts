import { planPath } from '../plan/plan-path'

/** The review step of a county's workspace: its team enters the follow-up round open to it. */
export const countyReviewPath = (ref: { workshopId: string; countyId: string }) => `${planPath(ref)}/review`

/** A county's review as a device reaches it: which county, and the credential it holds for it. */
export interface CountyReviewAccess {
  workshopId: string
  countyId: string
  token: string
}
