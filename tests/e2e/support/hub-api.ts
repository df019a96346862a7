import type { APIRequestContext } from '@playwright/test'
import type { Agenda } from '../../../shared/agenda/agenda-schema'
import type { County, CountyInput } from '../../../shared/county/county-schema'
import type { Group } from '../../../shared/group/group-schema'
import type { CreateWorkshopInput, Workshop } from '../../../shared/workshop/workshop-schema'

/**
 * Direct REST calls to the test's hub, to arrange data quickly and to check what was really stored
 * (the UI could show an optimistic value that never reached SQLite).
 */
async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  if (!response.ok())
    throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`)
  return (await response.json()) as T
}

export const hubApi = {
  createWorkshop: async (request: APIRequestContext, input: CreateWorkshopInput) =>
    json<Workshop>(await request.post('/api/workshops', { data: input })),
  listCounties: async (request: APIRequestContext, workshopId: string) =>
    json<County[]>(await request.get(`/api/workshops/${workshopId}/counties`)),
  createCounty: async (request: APIRequestContext, workshopId: string, input: CountyInput) =>
    json<County>(await request.post(`/api/workshops/${workshopId}/counties`, { data: input })),
  listGroups: async (request: APIRequestContext, workshopId: string) =>
    json<Group[]>(await request.get(`/api/workshops/${workshopId}/groups`)),
  getAgenda: async (request: APIRequestContext, workshopId: string) =>
    json<Agenda>(await request.get(`/api/workshops/${workshopId}/agenda`)),
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
