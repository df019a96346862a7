import { newId } from '../../../shared/ids/new-id'
import { ApiError, notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type GroupRoute = 'listGroups' | 'createGroup' | 'updateGroup' | 'deleteGroup'

export function groupRoutes(store: Store): RouteHandlers<GroupRoute> {
  /** A group must name a county of the same workshop that no other group has taken. */
  const checkCounty = (workshopId: string, countyId: string, groupId?: string) => {
    if (!store.counties.get(workshopId, countyId)) throw new ApiError(422, 'group.unknownCounty', 'countyId')
    const holder = store.groups.forCounty(workshopId, countyId)
    if (holder && holder.id !== groupId) throw new ApiError(409, 'group.countyTaken', 'countyId')
  }
  return {
    listGroups: async ({ params }) => store.groups.list(requireWorkshop(store, params.workshopId)),

    createGroup: async ({ params, body }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      checkCounty(workshopId, body.countyId)
      return store.groups.create(workshopId, newId(), body)
    },

    updateGroup: async ({ params: { workshopId, groupId }, body }) => {
      if (!store.groups.get(workshopId, groupId)) throw notFound()
      checkCounty(workshopId, body.countyId, groupId)
      return store.groups.update(workshopId, groupId, body) ?? Promise.reject(notFound())
    },

    deleteGroup: async ({ params: { workshopId, groupId } }) => {
      if (!store.groups.delete(workshopId, groupId)) throw notFound()
    },
  }
}
