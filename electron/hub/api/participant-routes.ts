import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import {
  countyParticipants,
  participantsCorrectionSchema,
} from '../../../shared/exercises/sign-off/participants'
import { notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseCountyParams } from './route-params'

/**
 * A county's participants list: read by the print view, the facilitator and the county's own group
 * (its sign-off step shows what the cover will say); corrected by the facilitator only (the API guard
 * lets groups GET and nothing more).
 */
export function registerParticipantRoutes(app: FastifyInstance, store: Store): void {
  const read = (workshopId: string, countyId: string): ApiResponses['participants'] => {
    if (!store.counties.get(workshopId, countyId)) throw notFound()
    return countyParticipants(
      store.groups.forCounty(workshopId, countyId)?.members ?? [],
      store.access.joinedNames(countyId),
      store.participants.correction(countyId),
    )
  }

  app.get(API_ROUTES.participants, async (request): Promise<ApiResponses['participants']> => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    return read(workshopId, countyId)
  })

  app.put(API_ROUTES.participants, async (request): Promise<ApiResponses['participants']> => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    if (!store.counties.get(workshopId, countyId)) throw notFound()
    const { participants } = parseWith(participantsCorrectionSchema, request.body)
    store.participants.setCorrection(countyId, participants)
    return read(workshopId, countyId)
  })
}
