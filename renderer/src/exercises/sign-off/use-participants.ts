import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { API_ROUTES, apiPath, type ApiResponses } from '../../../../shared/api/api-routes'
import type { ParticipantsCorrection } from '../../../../shared/exercises/sign-off/participants'
import { hubRequest } from '../../api/hub-request'

const participantsKey = (workshopId: string, countyId: string) =>
  ['participants', workshopId, countyId] as const

/** The county's participants list, read with this device's token (a group reads its own county's). */
export function useParticipants(workshopId: string, countyId: string, token: string) {
  return useQuery({
    queryKey: participantsKey(workshopId, countyId),
    queryFn: () =>
      hubRequest<ApiResponses['participants']>(
        'GET',
        apiPath(API_ROUTES.participants, { workshopId, countyId }),
        undefined,
        { token },
      ),
  })
}

/** The facilitator's correction (or, with null, its removal). */
export function useCorrectParticipants(workshopId: string, countyId: string, token: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (correction: ParticipantsCorrection) =>
      hubRequest<ApiResponses['participants']>(
        'PUT',
        apiPath(API_ROUTES.participants, { workshopId, countyId }),
        correction,
        { token },
      ),
    onSuccess: (participants) =>
      queryClient.setQueryData(participantsKey(workshopId, countyId), participants),
  })
}
