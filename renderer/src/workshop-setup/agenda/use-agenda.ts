import { useQuery } from '@tanstack/react-query'
import type { Agenda } from '../../../../shared/agenda/agenda-schema'
import { hubApi } from '../../api/hub-api'
import { queryKeys } from '../../api/query-keys'
import { useOptimisticMutation } from '../../api/use-optimistic-mutation'

export function useAgenda(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.agenda(workshopId),
    queryFn: () => hubApi.call('getAgenda', { params: { workshopId } }),
  })
}

/** The agenda is saved as one document: the hub replaces it whole in one transaction. */
export function useSaveAgenda(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.agenda(workshopId),
    mutationFn: (agenda: Agenda) => hubApi.call('replaceAgenda', { params: { workshopId }, body: agenda }),
    apply: (_current: Agenda | undefined, agenda) => agenda,
  })
}
