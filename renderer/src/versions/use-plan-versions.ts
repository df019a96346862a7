import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { hubApi } from '../api/hub-api'
import { queryKeys } from '../api/query-keys'

export interface PlanRef {
  workshopId: string
  countyId: string
}

/** A plan's versions, newest first; looked at again while the panel is open (the hub keeps some by itself). */
export function usePlanVersions({ workshopId, countyId }: PlanRef, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.planVersions(workshopId, countyId),
    queryFn: () => hubApi.call('listPlanVersions', { params: { workshopId, countyId } }),
    enabled,
    refetchInterval: enabled ? 15_000 : false,
  })
}

/** A version as it was and what changed since; "now" moves on, so it is read afresh each time it opens. */
export function usePlanVersion({ workshopId, countyId }: PlanRef, versionId: number | null) {
  return useQuery({
    queryKey: queryKeys.planVersion(workshopId, countyId, versionId ?? 0),
    queryFn: () =>
      hubApi.call('getPlanVersion', {
        params: { workshopId, countyId, versionId: String(versionId) },
      }),
    enabled: versionId !== null,
    staleTime: 0,
    gcTime: 0,
  })
}

function useRefresh({ workshopId, countyId }: PlanRef) {
  const client = useQueryClient()
  return () => void client.invalidateQueries({ queryKey: queryKeys.planVersions(workshopId, countyId) })
}

export function useSaveVersion(plan: PlanRef) {
  const refresh = useRefresh(plan)
  return useMutation({
    mutationFn: (label: string) => hubApi.call('savePlanVersion', { params: plan, body: { label } }),
    onSettled: refresh,
  })
}

export function useRestoreVersion(plan: PlanRef) {
  const refresh = useRefresh(plan)
  return useMutation({
    mutationFn: (versionId: number) =>
      hubApi.call('restorePlanVersion', { params: { ...plan, versionId: String(versionId) } }),
    onSettled: refresh,
  })
}
