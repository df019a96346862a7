import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { groupInputSchema } from '../../../shared/group/group-schema'
import { newId } from '../../../shared/ids/new-id'
import { ApiError, notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseGroupParams, parseWorkshopParams } from './route-params'

export function registerGroupRoutes(app: FastifyInstance, store: Store): void {
  /** A group must name a county of the same workshop that no other group has taken. */
  const checkCounty = (workshopId: string, countyId: string, groupId?: string) => {
    if (!store.counties.get(workshopId, countyId)) throw new ApiError(422, 'group.unknownCounty', 'countyId')
    const holder = store.groups.forCounty(workshopId, countyId)
    if (holder && holder.id !== groupId) throw new ApiError(409, 'group.countyTaken', 'countyId')
  }

  app.get(API_ROUTES.groups, async (request): Promise<ApiResponses['groups']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    return store.groups.list(workshopId)
  })

  app.post(API_ROUTES.groups, async (request, reply): Promise<ApiResponses['group']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    const details = parseWith(groupInputSchema, request.body)
    checkCounty(workshopId, details.countyId)
    reply.code(201)
    return store.groups.create(workshopId, newId(), details)
  })

  app.put(API_ROUTES.group, async (request): Promise<ApiResponses['group']> => {
    const { workshopId, groupId } = parseGroupParams(request.params)
    if (!store.groups.get(workshopId, groupId)) throw notFound()
    const details = parseWith(groupInputSchema, request.body)
    checkCounty(workshopId, details.countyId, groupId)
    return store.groups.update(workshopId, groupId, details) ?? Promise.reject(notFound())
  })

  app.delete(API_ROUTES.group, async (request, reply) => {
    const { workshopId, groupId } = parseGroupParams(request.params)
    if (!store.groups.delete(workshopId, groupId)) throw notFound()
    return reply.code(204).send()
  })
}
