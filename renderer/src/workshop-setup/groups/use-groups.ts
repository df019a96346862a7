import { useQuery } from '@tanstack/react-query'
import type { z } from 'zod'
import type { Group, groupInputSchema } from '../../../../shared/group/group-schema'
import { hubApi } from '../../api/hub-api'
import { pendingId } from '../../api/pending-id'
import { queryKeys } from '../../api/query-keys'
import { useOptimisticMutation } from '../../api/use-optimistic-mutation'

export type GroupDetails = z.output<typeof groupInputSchema>

export function useGroups(workshopId: string) {
  return useQuery({
    queryKey: queryKeys.groups(workshopId),
    queryFn: () => hubApi.call('listGroups', { params: { workshopId } }),
  })
}

export function useCreateGroup(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.groups(workshopId),
    mutationFn: (details: GroupDetails) =>
      hubApi.call('createGroup', { params: { workshopId }, body: details }),
    apply: (list: Group[] | undefined, details) => [
      ...(list ?? []),
      { ...details, id: pendingId(), workshopId, updatedAt: '' },
    ],
    alsoInvalidate: [queryKeys.workshops],
  })
}

export function useUpdateGroup(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.groups(workshopId),
    mutationFn: ({ groupId, details }: { groupId: string; details: GroupDetails }) =>
      hubApi.call('updateGroup', { params: { workshopId, groupId }, body: details }),
    apply: (list: Group[] | undefined, { groupId, details }) =>
      list?.map((group) => (group.id === groupId ? { ...group, ...details } : group)),
  })
}

export function useDeleteGroup(workshopId: string) {
  return useOptimisticMutation({
    queryKey: queryKeys.groups(workshopId),
    mutationFn: (group: Group) => hubApi.call('deleteGroup', { params: { workshopId, groupId: group.id } }),
    apply: (list: Group[] | undefined, group) => list?.filter((row) => row.id !== group.id),
    alsoInvalidate: [queryKeys.workshops],
  })
}
