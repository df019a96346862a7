import type { AccessService } from '../access/access-service'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

/** What running the room needs from the hub besides the session document: its clock and the projector's key. */
export function sessionRoutes(store: Store, access: AccessService): RouteHandlers<'time' | 'projectorLink'> {
  return {
    // Open to anyone: every device needs the hub's time to show the same timer, and the time says nothing.
    time: async (_input, _request, reply) => {
      void reply.header('Cache-Control', 'no-store')
      return { now: Date.now() }
    },

    projectorLink: async ({ params, body }) => ({
      token: access.projectorToken(requireWorkshop(store, params.workshopId), body.renew === true),
    }),
  }
}
