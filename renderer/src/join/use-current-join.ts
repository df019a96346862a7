import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { JoinResponse } from '../../../shared/join/join-schema'
import { hubApi } from '../api/hub-api'
import { queryKeys } from '../api/query-keys'
import { keepJoin } from './stored-join'

/**
 * This device's join with its county's names as the hub has them now. A device keeps the names it was given
 * when it joined, but the facilitator may correct a county's name during the class, and the hub takes a
 * comment only when it is signed with the current ones; a plan header would show the old one too. The hub
 * is asked once per page (GET /api/me, shared with the join page's check); until it answers, and offline,
 * the names kept are used, and new ones are kept for the next reload.
 */
export function useCurrentJoin(stored: JoinResponse | null): JoinResponse | null {
  const me = useQuery({
    queryKey: queryKeys.joinScope(stored?.token ?? ''),
    queryFn: () => hubApi.call('me', {}, { token: stored?.token ?? '' }),
    enabled: stored !== null,
    retry: false,
    // Once per page: a refusal the device already showed does not turn into a success behind its back.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  })
  const scope = me.data
  const current = useMemo(() => {
    if (stored === null || scope?.kind !== 'group' || scope.countyId !== stored.countyId) return stored
    if (scope.countyName === stored.countyName && scope.countyNameEn === stored.countyNameEn) return stored
    return { ...stored, countyName: scope.countyName, countyNameEn: scope.countyNameEn }
  }, [stored, scope])
  useEffect(() => {
    if (current !== null && current !== stored) keepJoin(current)
  }, [current, stored])
  return current
}
