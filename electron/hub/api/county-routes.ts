import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { countyInputSchema } from '../../../shared/county/county-schema'
import { newId } from '../../../shared/ids/new-id'
import { notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseCountyParams, parseWorkshopParams } from './route-params'

export function registerCountyRoutes(app: FastifyInstance, store: Store): void {
  const requireWorkshop = (workshopId: string) => {
    if (!store.workshops.get(workshopId)) throw notFound()
  }

  app.get(API_ROUTES.counties, async (request): Promise<ApiResponses['counties']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    requireWorkshop(workshopId)
    return store.counties.list(workshopId)
  })

  app.post(API_ROUTES.counties, async (request, reply): Promise<ApiResponses['county']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    requireWorkshop(workshopId)
    const details = parseWith(countyInputSchema, request.body)
    reply.code(201)
    return store.counties.create(workshopId, newId(), details)
  })

  app.get(API_ROUTES.county, async (request): Promise<ApiResponses['county']> => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    return store.counties.get(workshopId, countyId) ?? Promise.reject(notFound())
  })

  app.put(API_ROUTES.county, async (request): Promise<ApiResponses['county']> => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    const details = parseWith(countyInputSchema, request.body)
    return store.counties.update(workshopId, countyId, details) ?? Promise.reject(notFound())
  })

  app.delete(API_ROUTES.county, async (request, reply) => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    if (!store.counties.delete(workshopId, countyId)) throw notFound()
    return reply.code(204).send()
  })
}
