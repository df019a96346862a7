import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { FollowUpRoundInput } from '../../../shared/follow-up/follow-up-round-schema'
import type { ReportFieldChange } from '../../../shared/follow-up/report-change'
import { hubApi } from '../api/hub-api'

/** Cache keys of the follow-up feature, under one root so a change refreshes what depends on it. */
const keys = {
  all: (workshopId: string) => ['follow-up', workshopId] as const,
  rounds: (workshopId: string) => ['follow-up', workshopId, 'rounds'] as const,
  overview: (workshopId: string, roundId: string) => ['follow-up', workshopId, 'overview', roundId] as const,
  report: (workshopId: string, roundId: string, countyId: string) =>
    ['follow-up', workshopId, 'report', roundId, countyId] as const,
  countyReview: (workshopId: string, countyId: string) =>
    ['follow-up', workshopId, 'county-review', countyId] as const,
}

/**
 * How often screens that watch reports being entered ask the hub again. Reports live in SQLite behind
 * REST, not in a live document, so devices poll: one small request every few seconds per device is
 * nothing on the venue's network, and react-query stops it while the tab is hidden.
 */
export const REPORT_POLL_MS = 3_000
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
    // Counties may be entering their reports right now.
    refetchInterval: REPORT_POLL_MS,
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

/** Saves the fields that changed, merged on the hub into the report as it is stored now. */
export function useChangeReport(workshopId: string, roundId: string, countyId: string, token?: string) {
  return useFollowUpChange(workshopId, (changes: ReportFieldChange[]) =>
    hubApi.call(
      'changeFollowUpReport',
      { params: { workshopId, roundId, countyId }, body: { changes } },
      { token },
    ),
  )
}

export function useOpenRound(workshopId: string) {
  return useFollowUpChange(workshopId, ({ roundId, open }: { roundId: string; open: boolean }) =>
    hubApi.call('openFollowUpRound', { params: { workshopId, roundId }, body: { open } }),
  )
}

/** The round open to this county's entry, its report and the actuals before; watched while it is entered. */
export function useCountyReview(
  workshopId: string,
  countyId: string,
  token: string,
  pollMs = REPORT_POLL_MS,
) {
  return useQuery({
    queryKey: keys.countyReview(workshopId, countyId),
    queryFn: ({ signal }) =>
      hubApi.call('countyFollowUpReview', { params: { workshopId, countyId } }, { token, signal }),
    refetchInterval: pollMs,
  })
}
