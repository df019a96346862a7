import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { projectorLinkRequestSchema } from '../../../shared/session/projector-link'
import type { AccessService } from '../access/access-service'
import { notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseWorkshopParams } from './route-params'

/** What running the room needs from the hub besides the session document: its clock and the projector's key. */
export function registerSessionRoutes(app: FastifyInstance, store: Store, access: AccessService): void {
  // Public: every device needs the hub's time to show the same timer, and the time says nothing.
  app.get(API_ROUTES.time, async (_request, reply): Promise<ApiResponses['time']> => {
    void reply.header('Cache-Control', 'no-store')
    return { now: Date.now() }
  })

  // Facilitator only (the API guard refuses groups and projectors: the route is in neither list).
  app.post(API_ROUTES.projectorLink, async (request): Promise<ApiResponses['projectorLink']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    const { renew } = parseWith(projectorLinkRequestSchema, request.body ?? {})
    return { token: access.projectorToken(workshopId, renew === true) }
  })
}
