import { useQuery } from '@tanstack/react-query'
import { hubApi } from '../../api/hub-api'
import { queryKeys } from '../../api/query-keys'

/** The workshop's resource catalogue, read with this device's token, for resource matching. */
export function usePlanResources(workshopId: string, token: string) {
  return useQuery({
    queryKey: queryKeys.resources(workshopId),
    queryFn: () => hubApi.call('listResources', { params: { workshopId } }, { token }),
  })
}
