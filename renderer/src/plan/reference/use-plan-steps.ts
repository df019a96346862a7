import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { hubApi } from '../../api/hub-api'
import { queryKeys } from '../../api/query-keys'
import type { ExerciseKind } from '../../../../shared/program/exercise-kinds'
import { agendaSteps, shownSteps, type WorkspaceStep } from '../steps/workspace-steps'

/**
 * The steps of this workshop's group workspace, from its agenda (read with this device's token). Until
 * the agenda has arrived, or if it cannot be read, every step is offered in the default order. A gallery
 * walk's reader gets only the steps of the exercises `shown` to it.
 */
export function usePlanSteps(
  workshopId: string,
  token: string,
  shown: readonly ExerciseKind[] | null = null,
): WorkspaceStep[] {
  const agenda = useQuery({
    queryKey: queryKeys.agenda(workshopId),
    queryFn: () => hubApi.call('getAgenda', { params: { workshopId } }, { token }),
  })
  const kinds = useMemo(
    () =>
      agenda.data?.days.flatMap((day) =>
        day.sessions.flatMap((session) => session.items.map((item) => item.kind)),
      ) ?? null,
    [agenda.data],
  )
  return useMemo(() => shownSteps(agendaSteps(kinds), shown), [kinds, shown])
}
