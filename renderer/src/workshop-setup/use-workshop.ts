import { useQuery } from '@tanstack/react-query'
import type { Workshop, WorkshopDetails } from '../../../shared/workshop/workshop-schema'
import { hubApi } from '../api/hub-api'
import { queryKeys } from '../api/query-keys'
import { useOptimisticMutation } from '../api/use-optimistic-mutation'

export function useWorkshop(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.workshop(workshopId),
    queryFn: () => hubApi.call('getWorkshop', { params: { workshopId } }),
  })
}

export function useUpdateWorkshop(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.workshop(workshopId),
    mutationFn: (details: WorkshopDetails) =>
      hubApi.call('updateWorkshop', { params: { workshopId }, body: details }),
    apply: (current: Workshop | undefined, details) => current && { ...current, ...details },
    alsoInvalidate: [queryKeys.workshops],
  })
}
