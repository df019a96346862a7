import { useQuery } from '@tanstack/react-query'
import type { PovertyLineTable } from '../../../../shared/poverty-line/poverty-line-schema'
import { hubApi } from '../../api/hub-api'
import { queryKeys } from '../../api/query-keys'
import { useOptimisticMutation } from '../../api/use-optimistic-mutation'

export function usePovertyLines(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.povertyLines(workshopId),
    queryFn: () => hubApi.call('getPovertyLines', { params: { workshopId } }),
  })
}

/** The table is saved whole; the hub keeps its rows ordered by year. */
export function useSavePovertyLines(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.povertyLines(workshopId),
    mutationFn: (table: PovertyLineTable) =>
      hubApi.call('replacePovertyLines', { params: { workshopId }, body: table }),
    apply: (_current: PovertyLineTable | undefined, table) => [...table].sort((a, b) => a.year - b.year),
  })
}
