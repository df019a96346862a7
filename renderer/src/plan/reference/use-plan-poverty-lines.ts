import { useQuery } from '@tanstack/react-query'
import { hubApi } from '../../api/hub-api'
import { queryKeys } from '../../api/query-keys'

/**
 * The workshop's poverty-line table, read with this device's token (a group's or the facilitator's):
 * the benefit calculator compares incomes with the line of the right year. Same cache as the setup tab.
 */
export function usePlanPovertyLines(workshopId: string, token: string) {
  return useQuery({
    queryKey: queryKeys.povertyLines(workshopId),
    queryFn: () => hubApi.call('getPovertyLines', { params: { workshopId } }, { token }),
  })
}
