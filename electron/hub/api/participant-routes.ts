import { countyParticipants, type CountyParticipants } from '../../../shared/exercises/sign-off/participants'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'

/**
 * A county's participants list: read by the print view, the facilitator and the county's own group
 * (its sign-off step shows what the cover will say); corrected by the facilitator only.
 */
export function participantRoutes(store: Store): RouteHandlers<'getParticipants' | 'correctParticipants'> {
  const read = (workshopId: string, countyId: string): CountyParticipants => {
    if (!store.counties.get(workshopId, countyId)) throw notFound()
    return countyParticipants(
      store.groups.forCounty(workshopId, countyId)?.members ?? [],
      store.access.joinedNames(countyId),
      store.participants.correction(countyId),
    )
  }

  return {
    getParticipants: async ({ params: { workshopId, countyId } }) => read(workshopId, countyId),

    correctParticipants: async ({ params: { workshopId, countyId }, body }) => {
      if (!store.counties.get(workshopId, countyId)) throw notFound()
      store.participants.setCorrection(countyId, body.participants)
      return read(workshopId, countyId)
    },
  }
}
