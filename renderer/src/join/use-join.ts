import { useMutation, useQuery } from '@tanstack/react-query'
import type { JoinRequest, JoinResponse } from '../../../shared/join/join-schema'
import { hubApi } from '../api/hub-api'
import { HubError } from '../api/hub-error'
import { queryKeys } from '../api/query-keys'

export function useJoin() {
  return useMutation({ mutationFn: (request: JoinRequest) => hubApi.call('join', { body: request }) })
}

/**
 * Whether this device's stored join still works: 'ended' once the hub no longer accepts its token
 * (the facilitator closed the session). An unreachable hub says nothing either way.
 */
export function useJoinValidity(join: JoinResponse | null): 'checking' | 'valid' | 'ended' | 'unknown' {
  const scope = useQuery({
    queryKey: queryKeys.joinScope(join?.token ?? ''),
    queryFn: () => hubApi.call('me', {}, { token: join?.token ?? '' }),
    enabled: join !== null,
    retry: false,
    staleTime: 0,
  })
  if (join === null) return 'unknown'
  if (scope.isPending) return 'checking'
  if (scope.isError) {
    return scope.error instanceof HubError && (scope.error.status === 401 || scope.error.status === 403)
      ? 'ended'
      : 'unknown'
  }
  const current = scope.data
  return current.kind === 'group' && current.countyId === join.countyId ? 'valid' : 'ended'
}
