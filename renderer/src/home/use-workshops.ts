import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { createWorkshopSchema, WorkshopSummary } from '../../../shared/workshop/workshop-schema'
import { hubApi } from '../api/hub-api'
import { pendingId } from '../api/pending-id'
import { queryKeys } from '../api/query-keys'
import { useOptimisticMutation } from '../api/use-optimistic-mutation'

export type NewWorkshop = z.output<typeof createWorkshopSchema>

export function useWorkshops() {
  return useQuery({ queryKey: queryKeys.workshops, queryFn: () => hubApi.call('listWorkshops') })
}

export function useCreateWorkshop() {
  return useOptimisticMutation({
    queryKey: queryKeys.workshops,
    mutationFn: (input: NewWorkshop) => hubApi.call('createWorkshop', { body: input }),
    apply: (list: WorkshopSummary[] | undefined, { template: _template, ...details }) => {
      const now = new Date().toISOString()
      const row: WorkshopSummary = {
        ...details,
        id: pendingId(),
        createdAt: now,
        updatedAt: now,
        countyCount: 0,
        groupCount: 0,
      }
      return [row, ...(list ?? [])]
    },
  })
}

export function useDeleteWorkshop() {
  return useOptimisticMutation({
    queryKey: queryKeys.workshops,
    mutationFn: (workshop: WorkshopSummary) =>
      hubApi.call('deleteWorkshop', { params: { workshopId: workshop.id } }),
    apply: (list: WorkshopSummary[] | undefined, workshop) => list?.filter((row) => row.id !== workshop.id),
  })
}
