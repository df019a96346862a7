import type { FastifyInstance } from 'fastify'
import { agendaSchema } from '../../../shared/agenda/agenda-schema'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { povertyLineTableSchema } from '../../../shared/poverty-line/poverty-line-schema'
import { notFound, parseWith } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseWorkshopParams } from './route-params'

/** The agenda and the poverty-line table are each edited and saved as one whole document. */
export function registerAgendaRoutes(app: FastifyInstance, store: Store): void {
  const requireWorkshop = (params: unknown) => {
    const { workshopId } = parseWorkshopParams(params)
    if (!store.workshops.get(workshopId)) throw notFound()
    return workshopId
  }

  app.get(API_ROUTES.agenda, async (request): Promise<ApiResponses['agenda']> =>
    store.agenda.get(requireWorkshop(request.params)),
  )

  app.put(API_ROUTES.agenda, async (request): Promise<ApiResponses['agenda']> => {
    const workshopId = requireWorkshop(request.params)
    store.agenda.replace(workshopId, parseWith(agendaSchema, request.body))
    return store.agenda.get(workshopId)
  })

  app.get(API_ROUTES.povertyLines, async (request): Promise<ApiResponses['povertyLines']> =>
    store.povertyLines.get(requireWorkshop(request.params)),
  )

  app.put(API_ROUTES.povertyLines, async (request): Promise<ApiResponses['povertyLines']> => {
    const workshopId = requireWorkshop(request.params)
    store.povertyLines.replace(workshopId, parseWith(povertyLineTableSchema, request.body))
    return store.povertyLines.get(workshopId)
  })
}
