import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import type { TestHub } from './hub-client'
import { bearer } from './live-room'

/** A device's REST calls of the dot vote, as raw HTTP with its token (none: the loopback facilitator). */
export function ballotCalls(t: TestHub, workshopId: string) {
  const ballotPath = (countyId: string) => apiPath(API_ROUTES.ballot, { workshopId, countyId })
  return {
    read: (countyId: string, token?: string) =>
      t.request<ApiResponse<'getBallot'>>('GET', ballotPath(countyId), undefined, bearer(token)),
    set: (countyId: string, body: object, token?: string) =>
      t.request<ApiResponse<'setBallotDots'>>('PUT', ballotPath(countyId), body, bearer(token)),
    progress: (token?: string) =>
      t.request<ApiResponse<'dotVoteProgress'>>(
        'GET',
        apiPath(API_ROUTES.dotVotes, { workshopId }),
        undefined,
        bearer(token),
      ),
    reveal: (token?: string) =>
      t.request('POST', apiPath(API_ROUTES.dotVotesReveal, { workshopId }), undefined, bearer(token)),
    hide: (token?: string) =>
      t.request('POST', apiPath(API_ROUTES.dotVotesHide, { workshopId }), undefined, bearer(token)),
    reset: (token?: string) =>
      t.request<ApiResponse<'resetDotVotes'>>(
        'POST',
        apiPath(API_ROUTES.dotVotesReset, { workshopId }),
        undefined,
        bearer(token),
      ),
  }
}
