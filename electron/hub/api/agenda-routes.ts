import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type AgendaRoute = 'getAgenda' | 'replaceAgenda' | 'getPovertyLines' | 'replacePovertyLines'

/** The agenda and the poverty-line table are each edited and saved as one whole document. */
export function agendaRoutes(store: Store): RouteHandlers<AgendaRoute> {
  return {
    getAgenda: async ({ params }) => store.agenda.get(requireWorkshop(store, params.workshopId)),

    replaceAgenda: async ({ params, body }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      store.agenda.replace(workshopId, body)
      return store.agenda.get(workshopId)
    },

    getPovertyLines: async ({ params }) => store.povertyLines.get(requireWorkshop(store, params.workshopId)),

    replacePovertyLines: async ({ params, body }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      store.povertyLines.replace(workshopId, body)
      return store.povertyLines.get(workshopId)
    },
  }
}
