import { useQuery } from '@tanstack/react-query'
import type { Resource } from '../../../../shared/resources/resource-schema'
import { hubApi } from '../../api/hub-api'
import { pendingId } from '../../api/pending-id'
import { queryKeys } from '../../api/query-keys'
import { useOptimisticMutation } from '../../api/use-optimistic-mutation'

/** A resource as the form has checked it: everything but the id the hub assigns. */
export type ResourceDetails = Omit<Resource, 'id'>

/** The catalogue, in the same cache the plans' resource matching reads. */
export function useResources(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.resources(workshopId),
    queryFn: () => hubApi.call('listResources', { params: { workshopId } }),
  })
}

export function useCreateResource(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.resources(workshopId),
    mutationFn: (details: ResourceDetails) =>
      hubApi.call('createResource', { params: { workshopId }, body: details }),
    apply: (list: Resource[] | undefined, details) => [...(list ?? []), { ...details, id: pendingId() }],
  })
}

export function useUpdateResource(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.resources(workshopId),
    mutationFn: ({ resourceId, details }: { resourceId: string; details: ResourceDetails }) =>
      hubApi.call('updateResource', { params: { workshopId, resourceId }, body: details }),
    apply: (list: Resource[] | undefined, { resourceId, details }) =>
      list?.map((resource) => (resource.id === resourceId ? { ...resource, ...details } : resource)),
  })
}

export function useDeleteResource(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.resources(workshopId),
    mutationFn: (resource: Resource) =>
      hubApi.call('deleteResource', { params: { workshopId, resourceId: resource.id } }),
    apply: (list: Resource[] | undefined, resource) => list?.filter((row) => row.id !== resource.id),
  })
}

/** Puts the catalogue in the order of `ids` (every resource once). */
export function useReorderResources(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.resources(workshopId),
    mutationFn: (ids: string[]) => hubApi.call('reorderResources', { params: { workshopId }, body: { ids } }),
    apply: (list: Resource[] | undefined, ids) => {
      const byId = new Map(list?.map((resource) => [resource.id, resource]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
  })
}
