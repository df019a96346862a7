import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LATEST_SCHEMA_VERSION } from '../../electron/hub/store/migrations/migration-list'
import type { ApiErrorBody } from '../../shared/api/api-error'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { startTestHub, type TestHub } from '../support/hub-client'
import { LUEYANG_COUNTY_INPUT } from '../support/lueyang-county'

const workshopInput = {
  title: '2018 贫困县扶贫培训班',
  venue: '杭州',
  startDate: '2018-03-01',
  endDate: '2018-03-02',
  language: 'zh-CN',
  template: 'compact-2-day',
}
const lueyang = LUEYANG_COUNTY_INPUT

describe('setup REST API', () => {
  let t: TestHub
  let workshopId: string
  const counties = () => apiPath(API_ROUTES.counties, { workshopId })

  beforeEach(async () => {
    t = await startTestHub()
    const created = await t.request<ApiResponse<'getWorkshop'>>('POST', API_ROUTES.workshops, workshopInput)
    expect(created.status).toBe(201)
    workshopId = created.body.id
  })
  afterEach(() => t.stop())

  it('answers health with status ok and the schema version', async () => {
    const { status, body } = await t.request(`GET`, API_ROUTES.health)
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', app: 'plan-workshop', schemaVersion: LATEST_SCHEMA_VERSION })
  })

  it('creates a workshop with its agenda laid out from the chosen template, in its language', async () => {
    const { body } = await t.request<ApiResponse<'getAgenda'>>(
      'GET',
      apiPath(API_ROUTES.agenda, { workshopId }),
    )
    expect(body.days.map((day) => day.title)).toEqual(['问题分析与资源对接', '目标、行动与审定'])
    const lines = await t.request<ApiResponse<'getPovertyLines'>>(
      'GET',
      apiPath(API_ROUTES.povertyLines, { workshopId }),
    )
    expect(lines.body.map((row) => row.year)).toEqual([2010, 2016, 2018])
  })

  it('adds a county with its figures and lists it', async () => {
    const created = await t.request<ApiResponse<'getCounty'>>('POST', counties(), lueyang)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject(lueyang)
    const list = await t.request<ApiResponse<'listCounties'>>('GET', counties())
    expect(list.body.map((c) => c.name)).toEqual(['略阳县'])
  })

  it('refuses bad figures with a message per field in the asked language, and stores nothing', async () => {
    const refused = await t.request<ApiErrorBody>(
      'POST',
      counties(),
      { ...lueyang, population: 1000, povertyIncidence: 140 },
      { 'accept-language': 'en-GB,en;q=0.9' },
    )
    expect(refused.status).toBe(400)
    expect(refused.body.error.key).toBe('api.badRequest')
    expect(refused.body.error.fields.map((f) => [f.path, f.message])).toEqual(
      expect.arrayContaining([
        ['registeredPoorPeople', 'Registered poor people cannot exceed the population.'],
        ['povertyIncidence', 'Poverty incidence must be between 0% and 100%.'],
      ]),
    )
    expect((await t.request('GET', counties())).body).toEqual([])
  })

  it('answers in Chinese by default', async () => {
    const refused = await t.request<ApiErrorBody>('POST', counties(), { name: '' })
    expect(refused.body.error.fields[0]).toMatchObject({ path: 'name', message: '此项为必填项。' })
  })

  it('updates and deletes a county; a deleted county is 404 afterwards', async () => {
    const { body: county } = await t.request<ApiResponse<'getCounty'>>('POST', counties(), lueyang)
    const path = apiPath(API_ROUTES.county, { workshopId, countyId: county.id })
    const updated = await t.request<ApiResponse<'getCounty'>>('PUT', path, { ...lueyang, population: 200000 })
    expect(updated.body.population).toBe(200000)
    expect((await t.request('DELETE', path)).status).toBe(204)
    expect((await t.request('GET', path)).status).toBe(404)
    expect((await t.request('DELETE', path)).status).toBe(404)
  })

  it('keeps one group per county and refuses a county of another workshop', async () => {
    const { body: county } = await t.request<ApiResponse<'getCounty'>>('POST', counties(), lueyang)
    const groups = apiPath(API_ROUTES.groups, { workshopId })
    const group = { countyId: county.id, name: '略阳县小组', members: [{ name: '王伟', post: '副县长' }] }
    expect((await t.request('POST', groups, group)).status).toBe(201)
    const taken = await t.request<ApiErrorBody>(
      'POST',
      groups,
      { ...group, name: 'again' },
      { 'accept-language': 'en' },
    )
    expect(taken.status).toBe(409)
    expect(taken.body.error.fields).toEqual([
      expect.objectContaining({ path: 'countyId', key: 'group.countyTaken' }),
    ])

    const other = await t.request<ApiResponse<'getWorkshop'>>('POST', API_ROUTES.workshops, workshopInput)
    const foreign = await t.request<ApiErrorBody>(
      'POST',
      apiPath(API_ROUTES.groups, { workshopId: other.body.id }),
      group,
    )
    expect(foreign.status).toBe(422)
    expect(foreign.body.error.key).toBe('group.unknownCounty')
  })

  it('saves an edited agenda whole and refuses an invalid one without touching the stored one', async () => {
    const path = apiPath(API_ROUTES.agenda, { workshopId })
    const { body: agenda } = await t.request<ApiResponse<'getAgenda'>>('GET', path)
    const firstSession = agenda.days[0]!.sessions[0]!
    firstSession.items.push({ id: 'lunch-item-01', kind: 'custom', title: '午餐', plannedMinutes: 60 })
    firstSession.items[0]!.plannedMinutes = 45
    expect((await t.request('PUT', path, agenda)).body).toEqual(agenda)

    firstSession.items[0]!.plannedMinutes = 0
    expect((await t.request('PUT', path, agenda)).status).toBe(400)
    firstSession.items[0]!.plannedMinutes = 45
    expect((await t.request('GET', path)).body).toEqual(agenda)
  })

  it('refuses an unknown workshop, and malformed ids, with 404 or 400', async () => {
    expect(
      (await t.request('GET', apiPath(API_ROUTES.counties, { workshopId: 'no-such-workshop' }))).status,
    ).toBe(404)
    expect((await t.request('GET', apiPath(API_ROUTES.workshop, { workshopId: 'bad id!' }))).status).toBe(400)
    expect((await t.request('GET', '/api/nothing-here')).status).toBe(404)
  })

  it('refuses malformed JSON and oversized bodies with a clear error', async () => {
    const malformed = await t.request<ApiErrorBody>('POST', counties(), '{"name": ')
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.key).toBe('api.badRequest')
    const huge = await t.request<ApiErrorBody>('POST', counties(), { ...lueyang, notes: 'x'.repeat(300_000) })
    expect(huge.status).toBe(413)
    expect(huge.body.error.key).toBe('api.bodyTooLarge')
  })

  it('survives a restart with everything it stored', async () => {
    await t.request('POST', counties(), lueyang)
    await t.restart()
    const list = await t.request<ApiResponse<'listCounties'>>('GET', counties())
    expect(list.body).toEqual([expect.objectContaining(lueyang)])
  })

  it('deleting a workshop removes it from the list', async () => {
    expect((await t.request('DELETE', apiPath(API_ROUTES.workshop, { workshopId }))).status).toBe(204)
    expect((await t.request('GET', API_ROUTES.workshops)).body).toEqual([])
  })
})
