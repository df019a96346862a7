import { useQuery } from '@tanstack/react-query'
import { hubApi } from '../../api/hub-api'
import { queryKeys } from '../../api/query-keys'

/** How often the facilitator's counts are reread: ballots are not in any live document to watch. */
const REREAD_MS = 3_000

/** How many dots each county has placed and from how many members (the facilitator's view; never where). */
export function useDotVoteProgress(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.dotVoteProgress(workshopId),
    queryFn: ({ signal }) => hubApi.call('dotVoteProgress', { params: { workshopId } }, { signal }),
    refetchInterval: REREAD_MS,
  })
}
