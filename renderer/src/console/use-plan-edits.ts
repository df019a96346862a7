import { useQuery } from '@tanstack/react-query'
import { hubApi } from '../api/hub-api'
import { queryKeys } from '../api/query-keys'

/** When each county's plan was last edited, as the hub recorded it; live changes are added on top. */
export function usePlanEdits(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.planEdits(workshopId),
    queryFn: () => hubApi.call('getPlanEdits', { params: { workshopId } }),
  })
}
