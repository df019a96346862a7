import { newId } from '../../../shared/ids/new-id'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type CountyRoute = 'listCounties' | 'createCounty' | 'getCounty' | 'updateCounty' | 'deleteCounty'

export function countyRoutes(store: Store): RouteHandlers<CountyRoute> {
  return {
    listCounties: async ({ params }) => store.counties.list(requireWorkshop(store, params.workshopId)),

    createCounty: async ({ params, body }) =>
      store.counties.create(requireWorkshop(store, params.workshopId), newId(), body),

    getCounty: async ({ params: { workshopId, countyId } }) =>
      store.counties.get(workshopId, countyId) ?? Promise.reject(notFound()),

    updateCounty: async ({ params: { workshopId, countyId }, body }) =>
      store.counties.update(workshopId, countyId, body) ?? Promise.reject(notFound()),

    deleteCounty: async ({ params: { workshopId, countyId } }) => {
      if (!store.counties.delete(workshopId, countyId)) throw notFound()
    },
  }
}
