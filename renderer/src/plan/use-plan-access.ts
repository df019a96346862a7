import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { JoinResponse } from '../../../shared/join/join-schema'
import { hubApi } from '../api/hub-api'
import { HubError } from '../api/hub-error'
import { queryKeys } from '../api/query-keys'
import { readStoredJoin } from '../join/stored-join'
import { useCurrentJoin } from '../join/use-current-join'
import type { LiveUser } from '../live/live-document'
import { colorForName } from '../live/user-color'
import { useMessages } from '../i18n/use-messages'
import { liveMessages } from '../live/live-messages'

export interface PlanCounty {
  name: string
  nameEn: string
}

export type PlanAccess =
  | { kind: 'loading' }
  | { kind: 'group'; token: string; user: LiveUser; county: PlanCounty }
  | { kind: 'facilitator'; token: string; user: LiveUser; county: PlanCounty }
  /**
   * A device joined to another county of this workshop: it may read this plan while a review round lets
   * its county review this one (the hub decides); `own` is its own county.
   */
  | { kind: 'reviewer'; token: string; user: LiveUser; own: JoinResponse }
  /** Neither joined to this county nor on the hub's machine; `otherJoin` is this device's own group. */
  | { kind: 'none'; otherJoin: JoinResponse | null }
  | { kind: 'countyNotFound' }
  | { kind: 'failed'; error: unknown; retry: () => void }

/**
 * Who opens this plan, and with which token: a device that joined this county's group uses its group
 * token; the facilitator's windows (on the hub's own machine) use the facilitator token, which the hub
 * hands out to loopback callers only. Anyone else is sent to the join page.
 */
export function usePlanAccess(workshopId: string, countyId: string): PlanAccess {
  const t = useMessages(liveMessages)
  const [kept] = useState(readStoredJoin)
  const stored = useCurrentJoin(kept)
  const joined = stored !== null && stored.workshopId === workshopId && stored.countyId === countyId
  const reviewing = stored !== null && stored.workshopId === workshopId && !joined

  const facilitatorToken = useQuery({
    queryKey: queryKeys.facilitatorToken,
    queryFn: () => hubApi.call('facilitatorToken'),
    enabled: !joined && !reviewing,
    staleTime: Infinity,
    retry: false,
  })
  const isFacilitator = !joined && facilitatorToken.isSuccess
  const counties = useQuery({
    queryKey: queryKeys.counties(workshopId),
    queryFn: () => hubApi.call('listCounties', { params: { workshopId } }),
    enabled: isFacilitator,
  })
  const workshop = useQuery({
    queryKey: queryKeys.workshop(workshopId),
    queryFn: () => hubApi.call('getWorkshop', { params: { workshopId } }),
    enabled: isFacilitator,
  })

  if (joined) {
    const name = stored.displayName
    return {
      kind: 'group',
      token: stored.token,
      user: { name, color: colorForName(name) },
      county: { name: stored.countyName, nameEn: stored.countyNameEn },
    }
  }
  if (reviewing) {
    const name = stored.displayName
    return { kind: 'reviewer', token: stored.token, user: { name, color: colorForName(name) }, own: stored }
  }
  if (facilitatorToken.isError) {
    const refused = facilitatorToken.error instanceof HubError && facilitatorToken.error.status === 403
    if (refused) return { kind: 'none', otherJoin: stored }
    return { kind: 'failed', error: facilitatorToken.error, retry: () => void facilitatorToken.refetch() }
  }
  if (!isFacilitator) return { kind: 'loading' }
  const gone = [counties.error, workshop.error].some(
    (error) => error instanceof HubError && error.status === 404,
  )
  if (gone) return { kind: 'countyNotFound' }
  if (counties.isError) return { kind: 'failed', error: counties.error, retry: () => void counties.refetch() }
  if (workshop.isError) return { kind: 'failed', error: workshop.error, retry: () => void workshop.refetch() }
  if (counties.data === undefined || workshop.data === undefined) return { kind: 'loading' }

  const county = counties.data.find((candidate) => candidate.id === countyId)
  if (!county) return { kind: 'countyNotFound' }
  const name = workshop.data.facilitator.trim() || t('facilitatorName')
  return {
    kind: 'facilitator',
    token: facilitatorToken.data.token,
    user: { name, color: colorForName(name) },
    county: { name: county.name, nameEn: county.nameEn },
  }
}
