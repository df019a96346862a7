import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { newId } from '../../../shared/ids/new-id'
import { resourceInputSchema } from '../../../shared/resources/resource-schema'
import { idSchema } from '../../../shared/validation/common-fields'
import { ApiError, notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseResourceParams, parseWorkshopParams } from './route-params'

/** The catalogue in a new order: every resource id of the workshop, once each. */
const resourceOrderSchema = z.object({ ids: z.array(idSchema).max(1000, 'v.tooMany') })

/** The workshop's resource catalogue: groups read it (see request-auth), the facilitator edits it. */
export function registerResourceRoutes(app: FastifyInstance, store: Store): void {
  const requireWorkshop = (params: unknown) => {
    const { workshopId } = parseWorkshopParams(params)
    if (!store.workshops.get(workshopId)) throw notFound()
    return workshopId
  }

  app.get(API_ROUTES.resources, async (request): Promise<ApiResponses['resources']> =>
    store.resources.list(requireWorkshop(request.params)),
  )

  app.post(API_ROUTES.resources, async (request, reply): Promise<ApiResponses['resource']> => {
    const workshopId = requireWorkshop(request.params)
    const details = parseWith(resourceInputSchema, request.body)
    reply.code(201)
    return store.resources.create(workshopId, newId(), details)
  })

  app.put(API_ROUTES.resources, async (request): Promise<ApiResponses['resources']> => {
    const workshopId = requireWorkshop(request.params)
    const { ids } = parseWith(resourceOrderSchema, request.body)
    if (!store.resources.reorder(workshopId, ids)) throw new ApiError(409, 'resource.orderOutdated')
    return store.resources.list(workshopId)
  })

  app.get(API_ROUTES.resource, async (request): Promise<ApiResponses['resource']> => {
    const { workshopId, resourceId } = parseResourceParams(request.params)
    return store.resources.get(workshopId, resourceId) ?? Promise.reject(notFound())
  })

  app.put(API_ROUTES.resource, async (request): Promise<ApiResponses['resource']> => {
    const { workshopId, resourceId } = parseResourceParams(request.params)
    const details = parseWith(resourceInputSchema, request.body)
    return store.resources.update(workshopId, resourceId, details) ?? Promise.reject(notFound())
  })

  app.delete(API_ROUTES.resource, async (request, reply) => {
    const { workshopId, resourceId } = parseResourceParams(request.params)
    if (!store.resources.delete(workshopId, resourceId)) throw notFound()
    return reply.code(204).send()
  })
}
