import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { FollowUpReportInput } from '../../../shared/follow-up/follow-up-report-schema'
import type { FollowUpRoundInput } from '../../../shared/follow-up/follow-up-round-schema'
import { hubApi } from '../api/hub-api'

/** Cache keys of the follow-up feature, under one root so a change refreshes what depends on it. */
const keys = {
  all: (workshopId: string) => ['follow-up', workshopId] as const,
  rounds: (workshopId: string) => ['follow-up', workshopId, 'rounds'] as const,
  overview: (workshopId: string, roundId: string) => ['follow-up', workshopId, 'overview', roundId] as const,
  report: (workshopId: string, roundId: string, countyId: string) =>
    ['follow-up', workshopId, 'report', roundId, countyId] as const,
}
export { keys as followUpKeys }

export function useFollowUpRounds(workshopId: string) {
  return useQuery({
    queryKey: keys.rounds(workshopId),
    queryFn: () => hubApi.call('listFollowUpRounds', { params: { workshopId } }),
  })
}

export function useFollowUpOverview(workshopId: string, roundId: string) {
  return useQuery({
    queryKey: keys.overview(workshopId, roundId),
    queryFn: () => hubApi.call('followUpOverview', { params: { workshopId, roundId } }),
  })
}

export function useFollowUpReport(workshopId: string, roundId: string, countyId: string) {
  return useQuery({
    queryKey: keys.report(workshopId, roundId, countyId),
    queryFn: () => hubApi.call('getFollowUpReport', { params: { workshopId, roundId, countyId } }),
  })
}

/** Every change waits for the hub's answer (nothing optimistic: a report is a deliberate save). */
function useFollowUpChange<V, R>(workshopId: string, change: (variables: V) => Promise<R>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: change,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all(workshopId) }),
  })
}

export function useSaveRound(workshopId: string) {
  return useFollowUpChange(
    workshopId,
    ({ roundId, input }: { roundId: string | null; input: FollowUpRoundInput }) =>
      roundId === null
        ? hubApi.call('createFollowUpRound', { params: { workshopId }, body: input })
        : hubApi.call('updateFollowUpRound', { params: { workshopId, roundId }, body: input }),
  )
}

export function useDeleteRound(workshopId: string) {
  return useFollowUpChange(workshopId, (roundId: string) =>
    hubApi.call('deleteFollowUpRound', { params: { workshopId, roundId } }),
  )
}

export function useSaveReport(workshopId: string, roundId: string, countyId: string) {
  return useFollowUpChange(workshopId, (input: FollowUpReportInput) =>
    hubApi.call('saveFollowUpReport', { params: { workshopId, roundId, countyId }, body: input }),
  )
}
