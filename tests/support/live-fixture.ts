import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import type { TestHub } from './hub-client'

export interface LiveFixture {
  workshopId: string
  lueyang: ApiResponse<'getCounty'>
  badong: ApiResponse<'getCounty'>
  codes: Record<string, string>
  facilitatorToken: string
}

/** A workshop with Lueyang and Badong, a group each, the LAN opened on loopback, and the join codes. */
export async function setUpWorkshop(t: TestHub): Promise<LiveFixture> {
  const workshop = await t.request<ApiResponse<'getWorkshop'>>('POST', API_ROUTES.workshops, {
    title: '2018 贫困县扶贫培训班',
    startDate: '2018-03-01',
    endDate: '2018-03-02',
    language: 'zh-CN',
  })
  const workshopId = workshop.body.id
  const addCounty = async (body: object) =>
    (await t.request<ApiResponse<'getCounty'>>('POST', apiPath(API_ROUTES.counties, { workshopId }), body))
      .body
  const lueyang = await addCounty({
    name: '略阳县',
    registeredPoorHouseholds: 13255,
    registeredPoorPeople: 42996,
    remainingPoorPeople: 32000,
  })
  const badong = await addCounty({ name: '巴东县', population: 481500 })
  for (const county of [lueyang, badong]) {
    await t.request('POST', apiPath(API_ROUTES.groups, { workshopId }), {
      countyId: county.id,
      name: `${county.name}小组`,
    })
  }
  await t.request('POST', API_ROUTES.lanOpen, { address: '127.0.0.1' })
  const info = await t.request<ApiResponse<'getJoinInfo'>>(
    'GET',
    apiPath(API_ROUTES.joinInfo, { workshopId }),
  )
  const codes = Object.fromEntries(info.body.groups.map((group) => [group.countyId, group.code]))
  const facilitator = await t.request<ApiResponse<'facilitatorToken'>>('GET', API_ROUTES.facilitatorToken)
  return { workshopId, lueyang, badong, codes, facilitatorToken: facilitator.body.token }
}

export async function joinAs(t: TestHub, code: string, displayName: string): Promise<ApiResponse<'join'>> {
  const response = await t.request<ApiResponse<'join'>>('POST', API_ROUTES.join, { code, displayName })
  if (response.status !== 200)
    throw new Error(`join failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}
