import type { Hocuspocus } from '@hocuspocus/server'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { readCountyPlan } from './plan-reader'
import { requireWorkshop } from './require-workshop'

/**
 * Read-only plans for the facilitator (print views, exports, the closing plenary). Group devices read
 * their plan through the live document.
 */
export function planRoutes(store: Store, hocuspocus: Hocuspocus): RouteHandlers<'getPlan' | 'listPlans'> {
  return {
    getPlan: async ({ params: { workshopId, countyId } }) => {
      const county = store.counties.get(workshopId, countyId)
      if (!county) throw notFound()
      return readCountyPlan(store, hocuspocus, workshopId, county)
    },

    listPlans: async ({ params }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      return Promise.all(
        store.counties.list(workshopId).map(async (county) => ({
          countyId: county.id,
          plan: await readCountyPlan(store, hocuspocus, workshopId, county),
        })),
      )
    },
  }
}
