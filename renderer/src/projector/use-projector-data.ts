import { useQuery } from '@tanstack/react-query'
import { hubApi } from '../api/hub-api'

/** What the projector reads over REST with its own credential (the hub allows exactly these). */
export function useProjectorData(workshopId: string, token: string, showingJoin: boolean) {
  const params = { workshopId }
  const workshop = useQuery({
    queryKey: ['projector', workshopId, token, 'workshop'],
    queryFn: () => hubApi.call('getWorkshop', { params }, { token }),
    retry: false,
  })
  const counties = useQuery({
    queryKey: ['projector', workshopId, token, 'counties'],
    queryFn: () => hubApi.call('listCounties', { params }, { token }),
    // A county added during the class appears in the gallery without reloading the projector.
    refetchInterval: 30_000,
    retry: false,
  })
  const joinInfo = useQuery({
    queryKey: ['projector', workshopId, token, 'join-info'],
    queryFn: () => hubApi.call('getJoinInfo', { params }, { token }),
    enabled: showingJoin,
    // The QR codes appear as soon as the facilitator opens the LAN.
    refetchInterval: showingJoin ? 3000 : false,
    retry: false,
  })
  return { workshop, counties, joinInfo }
}
