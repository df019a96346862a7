import { useQuery } from '@tanstack/react-query'
import { hubApi } from '../api/hub-api'
import { queryKeys } from '../api/query-keys'

/**
 * Everything the console reads over REST: the workshop, its agenda and counties (the run sheet and the
 * grid's rows), the poverty-line table (for the target checks) and the facilitator token (for the live
 * documents). The agenda is re-read when the window regains focus, so an edit in the setup tab shows up.
 */
export function useConsoleData(workshopId: string) {
  const facilitatorToken = useQuery({
    queryKey: queryKeys.facilitatorToken,
    queryFn: () => hubApi.call('facilitatorToken'),
    staleTime: Infinity,
    retry: false,
  })
  const workshop = useQuery({
    queryKey: queryKeys.workshop(workshopId),
    queryFn: () => hubApi.call('getWorkshop', { params: { workshopId } }),
  })
  const agenda = useQuery({
    queryKey: queryKeys.agenda(workshopId),
    queryFn: () => hubApi.call('getAgenda', { params: { workshopId } }),
  })
  const counties = useQuery({
    queryKey: queryKeys.counties(workshopId),
    queryFn: () => hubApi.call('listCounties', { params: { workshopId } }),
  })
  const povertyLines = useQuery({
    queryKey: queryKeys.povertyLines(workshopId),
    queryFn: () => hubApi.call('getPovertyLines', { params: { workshopId } }),
  })
  return { facilitatorToken, workshop, agenda, counties, povertyLines }
}
