import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { Ballot } from '../../../../shared/exercises/dot-vote/dot-vote-schema'
import type { MessageKey } from '../../../../shared/validation/messages'
import { hubApi } from '../../api/hub-api'
import { HubError } from '../../api/hub-error'
import { queryKeys } from '../../api/query-keys'

/** How often a device rereads its ballot unprompted: the facilitator may have cleared the vote. */
const REREAD_MS = 10_000

interface BallotInput {
  workshopId: string
  countyId: string
  token: string
  /** False for the facilitator, who has no ballot. */
  enabled: boolean
  /** Changes when the results are shown or hidden (the vote may have been cleared with them). */
  revealed: boolean
}

/** Why the hub refused a change, for the step to explain: its message key, or 'unreachable'. */
export type BallotRefusal = MessageKey

export interface BallotHandle {
  ballot: Ballot | undefined
  /** Places one more dot on a card (+1) or takes one back (−1). */
  change: (cardId: string, delta: 1 | -1) => void
  refusal: BallotRefusal | null
  dismissRefusal: () => void
}

/**
 * This member's own ballot, read from and written to the hub (it is nowhere in the plan document). A
 * change shows at once; changes go to the hub one after another, so a dot clicked twice quickly counts
 * twice and answers never arrive out of order. A refusal puts back what the hub holds and says why.
 */
export function useBallot({ workshopId, countyId, token, enabled, revealed }: BallotInput): BallotHandle {
  const queryClient = useQueryClient()
  const queryKey = queryKeys.ballot(workshopId, countyId)
  const [refusal, setRefusal] = useState<BallotRefusal | null>(null)
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) =>
      hubApi.call('getBallot', { params: { workshopId, countyId } }, { token, signal }),
    enabled,
    refetchInterval: REREAD_MS,
  })
  const { refetch } = query
  useEffect(() => {
    if (enabled) void refetch()
  }, [revealed, enabled, refetch])

  const mutation = useMutation({
    mutationKey: queryKey,
    scope: { id: queryKey.join('/') },
    mutationFn: (change: { cardId: string; dots: number }) =>
      hubApi.call('setBallotDots', { params: { workshopId, countyId }, body: change }, { token }),
    onSuccess: (ballot) => {
      // Only the last queued change's answer is the ballot as it will stay; earlier ones would flicker.
      if (queryClient.isMutating({ mutationKey: queryKey }) <= 1) queryClient.setQueryData(queryKey, ballot)
    },
    onError: (error) => {
      setRefusal(error instanceof HubError ? error.key : 'api.internal')
      void queryClient.invalidateQueries({ queryKey, exact: true })
    },
  })

  return {
    ballot: query.data,
    change: (cardId, delta) => {
      const current = queryClient.getQueryData<Ballot>(queryKey)
      if (!current) return
      const dots = Math.max(0, (current.dots.find((entry) => entry.cardId === cardId)?.count ?? 0) + delta)
      // Shown at once, and read by the next click at once: two quick clicks are two dots.
      void queryClient.cancelQueries({ queryKey, exact: true })
      queryClient.setQueryData<Ballot>(queryKey, withDots(current, { cardId, dots }))
      setRefusal(null)
      mutation.mutate({ cardId, dots })
    },
    refusal,
    dismissRefusal: () => setRefusal(null),
  }
}

/** The ballot as it will be once the hub accepts the change. */
function withDots(ballot: Ballot, { cardId, dots }: { cardId: string; dots: number }): Ballot {
  const others = ballot.dots.filter((entry) => entry.cardId !== cardId)
  const next = dots > 0 ? [...others, { cardId, count: dots }] : others
  const used = next.reduce((sum, entry) => sum + entry.count, 0)
  return { ...ballot, dots: next, used, left: Math.max(0, ballot.dotsPerMember - used) }
}
