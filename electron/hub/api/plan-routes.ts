import type { Hocuspocus } from '@hocuspocus/server'
import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type ApiResponses } from '../../../shared/api/api-routes'
import { notFound } from '../http/api-errors'
import type { Store } from '../store/store'
import { readCountyPlan } from './plan-reader'
import { parseCountyParams, parseWorkshopParams } from './route-params'

/**
 * Read-only plans for the facilitator (print views, exports, the closing plenary). Group devices read
 * their plan through the live document; these routes are not in the group-readable list.
 */
export function registerPlanRoutes(app: FastifyInstance, store: Store, hocuspocus: Hocuspocus): void {
  app.get(API_ROUTES.plan, async (request): Promise<ApiResponses['plan']> => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    const county = store.counties.get(workshopId, countyId)
    if (!county) throw notFound()
    return readCountyPlan(store, hocuspocus, workshopId, county)
  })

  app.get(API_ROUTES.plans, async (request): Promise<ApiResponses['plans']> => {
    const { workshopId } = parseWorkshopParams(request.params)
    if (!store.workshops.get(workshopId)) throw notFound()
    const counties = store.counties.list(workshopId)
    return Promise.all(
      counties.map(async (county) => ({
        countyId: county.id,
        plan: await readCountyPlan(store, hocuspocus, workshopId, county),
      })),
    )
  })
}
