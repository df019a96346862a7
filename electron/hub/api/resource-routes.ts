import { newId } from '../../../shared/ids/new-id'
import { ApiError, notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type ResourceRoute =
  | 'listResources'
  | 'createResource'
  | 'reorderResources'
  | 'getResource'
  | 'updateResource'
  | 'deleteResource'

/** The workshop's resource catalogue: groups read it, the facilitator edits it. */
export function resourceRoutes(store: Store): RouteHandlers<ResourceRoute> {
  return {
    listResources: async ({ params }) => store.resources.list(requireWorkshop(store, params.workshopId)),

    createResource: async ({ params, body }) =>
      store.resources.create(requireWorkshop(store, params.workshopId), newId(), body),

    reorderResources: async ({ params, body }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      if (!store.resources.reorder(workshopId, body.ids)) throw new ApiError(409, 'resource.orderOutdated')
      return store.resources.list(workshopId)
    },

    getResource: async ({ params: { workshopId, resourceId } }) =>
      store.resources.get(workshopId, resourceId) ?? Promise.reject(notFound()),

    updateResource: async ({ params: { workshopId, resourceId }, body }) =>
      store.resources.update(workshopId, resourceId, body) ?? Promise.reject(notFound()),

    deleteResource: async ({ params: { workshopId, resourceId } }) => {
      if (!store.resources.delete(workshopId, resourceId)) throw notFound()
    },
  }
}
