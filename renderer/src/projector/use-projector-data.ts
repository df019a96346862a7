import { useQuery } from '@tanstack/react-query'
import { API_ROUTES, apiPath, type ApiResponses } from '../../../shared/api/api-routes'
import { hubRequest } from '../api/hub-request'

/** What the projector reads over REST with its own credential (the hub allows exactly these). */
export function useProjectorData(workshopId: string, token: string, showingJoin: boolean) {
  const get = <T>(path: string) => hubRequest<T>('GET', path, undefined, { token })
  const workshop = useQuery({
    queryKey: ['projector', workshopId, token, 'workshop'],
    queryFn: () => get<ApiResponses['workshop']>(apiPath(API_ROUTES.workshop, { workshopId })),
    retry: false,
  })
  const counties = useQuery({
    queryKey: ['projector', workshopId, token, 'counties'],
    queryFn: () => get<ApiResponses['counties']>(apiPath(API_ROUTES.counties, { workshopId })),
    // A county added during the class appears in the gallery without reloading the projector.
    refetchInterval: 30_000,
    retry: false,
  })
  const joinInfo = useQuery({
    queryKey: ['projector', workshopId, token, 'join-info'],
    queryFn: () => get<ApiResponses['joinInfo']>(apiPath(API_ROUTES.joinInfo, { workshopId })),
    enabled: showingJoin,
    // The QR codes appear as soon as the facilitator opens the LAN.
    refetchInterval: showingJoin ? 3000 : false,
    retry: false,
  })
  return { workshop, counties, joinInfo }
}
