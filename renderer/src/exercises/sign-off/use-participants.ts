import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ParticipantsCorrection } from '../../../../shared/exercises/sign-off/participants'
import { hubApi } from '../../api/hub-api'

const participantsKey = (workshopId: string, countyId: string) =>
  ['participants', workshopId, countyId] as const

/** The county's participants list, read with this device's token (a group reads its own county's). */
export function useParticipants(workshopId: string, countyId: string, token: string) {
  return useQuery({
    queryKey: participantsKey(workshopId, countyId),
    queryFn: () => hubApi.call('getParticipants', { params: { workshopId, countyId } }, { token }),
  })
}

/** The facilitator's correction (or, with null, its removal). */
export function useCorrectParticipants(workshopId: string, countyId: string, token: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (correction: ParticipantsCorrection) =>
      hubApi.call('correctParticipants', { params: { workshopId, countyId }, body: correction }, { token }),
    onSuccess: (participants) =>
      queryClient.setQueryData(participantsKey(workshopId, countyId), participants),
  })
}
