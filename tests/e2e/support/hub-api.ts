import type { APIRequestContext } from '@playwright/test'
import { callPath, type CallParts } from '../../../renderer/src/api/hub-client'
import { API_CONTRACT, type ApiRouteName } from '../../../shared/api/api-contract'
import { API_ROUTES } from '../../../shared/api/api-routes'
import type { ApiCall, ApiResponse } from '../../../shared/api/api-types'
import type { RouteSpec } from '../../../shared/api/route-spec'
import type { CountyInput } from '../../../shared/county/county-schema'
import type { CreateWorkshopInput } from '../../../shared/workshop/workshop-schema'

/**
 * The headers a script on the facilitator's laptop sends with a change: the hub makes none without the
 * facilitator token (which it hands out on loopback only).
 */
export async function facilitatorHeaders(request: APIRequestContext): Promise<Record<string, string>> {
  const response = await request.get(API_ROUTES.facilitatorToken)
  const { token } = (await response.json()) as ApiResponse<'facilitatorToken'>
  return { authorization: `Bearer ${token}` }
}

/**
 * Direct REST calls to the test's hub, to arrange data quickly and to check what was really stored
 * (the UI could show an optimistic value that never reached SQLite).
 */
async function call<N extends ApiRouteName>(
  request: APIRequestContext,
  name: N,
  input: ApiCall<N>,
): Promise<ApiResponse<N>> {
  const route: RouteSpec = API_CONTRACT[name]
  const parts = input as CallParts
  const headers = route.method === 'GET' ? {} : await facilitatorHeaders(request)
  const response = await request.fetch(callPath(route, parts), {
    method: route.method,
    data: parts.body,
    headers,
  })
  if (!response.ok())
    throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`)
  if (route.reply.kind === 'empty') return undefined as ApiResponse<N>
  return (await response.json()) as ApiResponse<N>
}

export const hubApi = {
  listWorkshops: (request: APIRequestContext) => call(request, 'listWorkshops', {}),
  createWorkshop: (request: APIRequestContext, input: CreateWorkshopInput) =>
    call(request, 'createWorkshop', { body: input }),
  listCounties: (request: APIRequestContext, workshopId: string) =>
    call(request, 'listCounties', { params: { workshopId } }),
  createCounty: (request: APIRequestContext, workshopId: string, input: CountyInput) =>
    call(request, 'createCounty', { params: { workshopId }, body: input }),
  listGroups: (request: APIRequestContext, workshopId: string) =>
    call(request, 'listGroups', { params: { workshopId } }),
  getAgenda: (request: APIRequestContext, workshopId: string) =>
    call(request, 'getAgenda', { params: { workshopId } }),
  openLan: (request: APIRequestContext, address: string) => call(request, 'openLan', { body: { address } }),
  getJoinInfo: (request: APIRequestContext, workshopId: string) =>
    call(request, 'getJoinInfo', { params: { workshopId } }),
  revealDotVotes: (request: APIRequestContext, workshopId: string) =>
    call(request, 'revealDotVotes', { params: { workshopId } }),
  createFollowUpRound: (
    request: APIRequestContext,
    workshopId: string,
    body: ApiCall<'createFollowUpRound'>['body'],
  ) => call(request, 'createFollowUpRound', { params: { workshopId }, body }),
  openFollowUpRound: (request: APIRequestContext, workshopId: string, roundId: string, open: boolean) =>
    call(request, 'openFollowUpRound', { params: { workshopId, roundId }, body: { open } }),
  getFollowUpReport: (request: APIRequestContext, workshopId: string, roundId: string, countyId: string) =>
    call(request, 'getFollowUpReport', { params: { workshopId, roundId, countyId } }),
}

/** A spring workshop on the standard three-day programme, as the tests' starting point. */
export const SPRING_WORKSHOP: CreateWorkshopInput = {
  title: '2025 春季县域电商扶贫培训班',
  venue: '杭州',
  startDate: '2025-04-14',
  endDate: '2025-04-16',
  language: 'zh-CN',
  facilitator: '',
  template: 'standard-3-day',
}
