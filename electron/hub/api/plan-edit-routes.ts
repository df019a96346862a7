import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { planDocName } from '../../../shared/live/doc-names'
import { notFound } from '../http/api-errors'
import type { Store } from '../store/store'
import { parseWorkshopParams } from './route-params'

/** The facilitator's "latest edit" per county (the API guard refuses groups and projectors). */
export function registerPlanEditRoutes(app: FastifyInstance, store: Store): void {
  app.get(API_ROUTES.planEdits, async (request): Promise<ApiResponses['planEdits']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    const lastEditAt: Record<string, string> = {}
    for (const county of store.counties.list(workshopId)) {
      const editedAt = store.liveDocs.editedAt(planDocName(workshopId, county.id))
      if (editedAt !== null) lastEditAt[county.id] = editedAt
    }
    return { lastEditAt }
  })
}
