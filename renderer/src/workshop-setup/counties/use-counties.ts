import { useQuery } from '@tanstack/react-query'
import type { County, CountyDetails } from '../../../../shared/county/county-schema'
import { hubApi } from '../../api/hub-api'
import { pendingId } from '../../api/pending-id'
import { queryKeys } from '../../api/query-keys'
import { useOptimisticMutation } from '../../api/use-optimistic-mutation'

export function useCounties(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.counties(workshopId),
    queryFn: () => hubApi.call('listCounties', { params: { workshopId } }),
  })
}

export function useCreateCounty(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.counties(workshopId),
    mutationFn: (details: CountyDetails) =>
      hubApi.call('createCounty', { params: { workshopId }, body: details }),
    apply: (list: County[] | undefined, details) => [
      ...(list ?? []),
      { ...details, id: pendingId(), workshopId, position: list?.length ?? 0, updatedAt: '' },
    ],
    alsoInvalidate: [queryKeys.workshops],
  })
}

export function useUpdateCounty(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.counties(workshopId),
    mutationFn: ({ countyId, details }: { countyId: string; details: CountyDetails }) =>
      hubApi.call('updateCounty', { params: { workshopId, countyId }, body: details }),
    apply: (list: County[] | undefined, { countyId, details }) =>
      list?.map((county) => (county.id === countyId ? { ...county, ...details } : county)),
  })
}

/** Deleting a county also deletes its group (the hub cascades), so groups and counts are refetched. */
export function useDeleteCounty(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.counties(workshopId),
    mutationFn: (county: County) =>
      hubApi.call('deleteCounty', { params: { workshopId, countyId: county.id } }),
    apply: (list: County[] | undefined, county) => list?.filter((row) => row.id !== county.id),
    alsoInvalidate: [queryKeys.groups(workshopId), queryKeys.workshops],
  })
}
