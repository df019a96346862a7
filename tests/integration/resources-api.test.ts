import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiErrorBody } from '../../shared/api/api-error'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { DEFAULT_POVERTY_LINES } from '../../shared/poverty-line/poverty-line-schema'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'
import { startTestHub, type TestHub } from '../support/hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

const supplyCoop = {
  kind: 'partnership',
  title: { 'zh-CN': '县供销合作社', en: 'County supply and marketing cooperative' },
  provider: { 'zh-CN': '县供销合作社' },
  description: { 'zh-CN': '按保护价收购合作社的农产品。' },
}
const ids = (resources: ApiResponse<'listResources'>) => resources.map((resource) => resource.id)

describe('resource catalogue REST API (facilitator)', () => {
  let t: TestHub
  let workshopId: string
  const resources = () => apiPath(API_ROUTES.resources, { workshopId })
  const resource = (resourceId: string) => apiPath(API_ROUTES.resource, { workshopId, resourceId })
  const list = async () => (await t.request<ApiResponse<'listResources'>>('GET', resources())).body

  beforeEach(async () => {
    t = await startTestHub()
    const created = await t.request<ApiResponse<'getWorkshop'>>('POST', API_ROUTES.workshops, {
      title: '2018 贫困县扶贫培训班',
      startDate: '2018-03-01',
      endDate: '2018-03-02',
      language: 'zh-CN',
    })
    workshopId = created.body.id
  })
  afterEach(() => t.stop())

  it('starts a new workshop with the default catalogue, in catalogue order', async () => {
    const response = await t.request<ApiResponse<'listResources'>>('GET', resources())
    expect(response.status).toBe(200)
    expect(response.body).toEqual(DEFAULT_RESOURCES)
  })

  it('adds a resource typed in one language per field at the end, and reads it back', async () => {
    const created = await t.request<ApiResponse<'getResource'>>('POST', resources(), supplyCoop)
    expect(created.status).toBe(201)
    expect(created.body).toEqual({
      id: expect.any(String),
      kind: 'partnership',
      title: supplyCoop.title,
      provider: { 'zh-CN': '县供销合作社', en: '' },
      description: { 'zh-CN': '按保护价收购合作社的农产品。', en: '' },
    })
    expect((await list()).at(-1)).toEqual(created.body)
    expect((await t.request('GET', resource(created.body.id))).body).toEqual(created.body)
  })

  it('refuses an invalid resource with one message per field, in the caller’s language', async () => {
    const invalid = {
      kind: 'lottery',
      title: { 'zh-CN': '  ', en: '' },
      provider: { en: 'x'.repeat(201) },
    }
    const english = await t.request<ApiErrorBody>('POST', resources(), invalid, { 'accept-language': 'en' })
    expect(english.status).toBe(400)
    expect(english.body.error.key).toBe('api.badRequest')
    expect(english.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'kind', key: 'v.invalid', message: 'This value is not valid.' }),
        expect.objectContaining({
          path: 'title.zh-CN',
          key: 'v.oneLanguage',
          message: 'Fill this in, in Chinese or in English (or both).',
        }),
        expect.objectContaining({ path: 'provider.en', message: 'Too long: at most 200 characters.' }),
      ]),
    )
    const chinese = await t.request<ApiErrorBody>('POST', resources(), invalid, {
      'accept-language': 'zh-CN,zh;q=0.9',
    })
    expect(chinese.body.error.fields.find((field) => field.path === 'title.zh-CN')?.message).toBe(
      '请用中文或英文填写（也可以两种都填）。',
    )
    expect(await list()).toHaveLength(DEFAULT_RESOURCES.length)
  })

  it('updates a default resource in place, keeping its slug id and position', async () => {
    const updated = await t.request<ApiResponse<'getResource'>>('PUT', resource('microcredit'), {
      kind: 'finance',
      title: { 'zh-CN': '扶贫小额信贷（5 万元以下）', en: 'Microcredit up to 50,000 yuan' },
      provider: { 'zh-CN': '县农村信用社', en: 'County rural credit cooperative' },
    })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ id: 'microcredit', title: { en: 'Microcredit up to 50,000 yuan' } })
    const after = await list()
    expect(ids(after)).toEqual(ids(DEFAULT_RESOURCES as ApiResponse<'listResources'>))
    expect(after.find((row) => row.id === 'microcredit')).toEqual(updated.body)

    const invalid = await t.request<ApiErrorBody>(
      'PUT',
      resource('microcredit'),
      { ...supplyCoop, provider: { 'zh-CN': '', en: '' } },
      { 'accept-language': 'en' },
    )
    expect(invalid.status).toBe(400)
    expect(invalid.body.error.fields).toEqual([expect.objectContaining({ path: 'provider.zh-CN' })])
  })

  it('deletes a resource; a second delete or an update of it is 404', async () => {
    const deleted = await t.request('DELETE', resource('fund-grant'))
    expect(deleted.status).toBe(204)
    expect(ids(await list())).not.toContain('fund-grant')
    expect((await t.request('DELETE', resource('fund-grant'))).status).toBe(404)
    const update = await t.request<ApiErrorBody>('PUT', resource('fund-grant'), supplyCoop, {
      'accept-language': 'en',
    })
    expect(update.status).toBe(404)
    expect(update.body.error.key).toBe('api.notFound')
  })

  it('reorders the catalogue, and refuses an order that misses or repeats a resource', async () => {
    const reversed = ids(await list()).reverse()
    const reordered = await t.request<ApiResponse<'listResources'>>('PUT', resources(), { ids: reversed })
    expect(reordered.status).toBe(200)
    expect(ids(reordered.body)).toEqual(reversed)
    expect(ids(await list())).toEqual(reversed)

    const stale = await t.request<ApiErrorBody>(
      'PUT',
      resources(),
      { ids: reversed.slice(1) },
      { 'accept-language': 'en' },
    )
    expect(stale.status).toBe(409)
    expect(stale.body.error.key).toBe('resource.orderOutdated')
    expect(ids(await list())).toEqual(reversed)
  })

  it('answers 404 for a workshop that does not exist', async () => {
    const path = apiPath(API_ROUTES.resources, { workshopId: 'no-such-workshop' })
    expect((await t.request('GET', path)).status).toBe(404)
    expect((await t.request('POST', path, supplyCoop)).status).toBe(404)
  })
})

describe('who may read and change the catalogue and the poverty lines', () => {
  let t: TestHub
  let f: LiveFixture
  let otherWorkshopId: string
  let groupToken: string
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
  const resources = (workshopId: string) => apiPath(API_ROUTES.resources, { workshopId })
  const povertyLines = (workshopId: string) => apiPath(API_ROUTES.povertyLines, { workshopId })

  beforeEach(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
    const other = await t.request<ApiResponse<'getWorkshop'>>('POST', API_ROUTES.workshops, {
      title: '2019 贫困县扶贫培训班',
      startDate: '2019-03-01',
      endDate: '2019-03-02',
      language: 'zh-CN',
    })
    otherWorkshopId = other.body.id
    groupToken = (await joinAs(t, f.codes[f.lueyang.id]!, '王')).token
  })
  afterEach(() => t.stop())

  it("lets a group token read its own workshop's resources and poverty lines", async () => {
    const catalogue = await t.request<ApiResponse<'listResources'>>(
      'GET',
      resources(f.workshopId),
      undefined,
      bearer(groupToken),
    )
    expect(catalogue.status).toBe(200)
    expect(catalogue.body).toEqual(DEFAULT_RESOURCES)
    const lines = await t.request<ApiResponse<'getPovertyLines'>>(
      'GET',
      povertyLines(f.workshopId),
      undefined,
      bearer(groupToken),
    )
    expect(lines.status).toBe(200)
    expect(lines.body).toEqual(DEFAULT_POVERTY_LINES)
  })

  it("lets a group token read its own workshop's agenda (the order of its steps), and only that", async () => {
    const own = apiPath(API_ROUTES.agenda, { workshopId: f.workshopId })
    const facilitatorView = await t.request<ApiResponse<'getAgenda'>>('GET', own)
    const groupView = await t.request<ApiResponse<'getAgenda'>>('GET', own, undefined, bearer(groupToken))
    expect(groupView.status).toBe(200)
    expect(groupView.body).toEqual(facilitatorView.body)
    const other = apiPath(API_ROUTES.agenda, { workshopId: otherWorkshopId })
    expect((await t.request('GET', other, undefined, bearer(groupToken))).status).toBe(403)
    expect((await t.request('PUT', own, { days: [] }, bearer(groupToken))).status).toBe(403)
  })

  it("refuses a group token another workshop's resources and poverty lines (403)", async () => {
    for (const path of [resources(otherWorkshopId), povertyLines(otherWorkshopId)]) {
      const response = await t.request<ApiErrorBody>('GET', path, undefined, {
        ...bearer(groupToken),
        'accept-language': 'en',
      })
      expect(response.status, path).toBe(403)
      expect(response.body.error.message).toBe('Your join does not give access to this.')
    }
  })

  it('refuses a group token every change to the catalogue and the poverty lines (403)', async () => {
    const own = f.workshopId
    const attempts: [string, string, unknown][] = [
      ['POST', resources(own), supplyCoop],
      ['PUT', resources(own), { ids: ids(DEFAULT_RESOURCES as ApiResponse<'listResources'>).reverse() }],
      ['PUT', apiPath(API_ROUTES.resource, { workshopId: own, resourceId: 'microcredit' }), supplyCoop],
      ['DELETE', apiPath(API_ROUTES.resource, { workshopId: own, resourceId: 'microcredit' }), undefined],
      ['PUT', povertyLines(own), []],
    ]
    for (const [method, path, body] of attempts) {
      const response = await t.request(method, path, body, bearer(groupToken))
      expect(response.status, `${method} ${path}`).toBe(403)
    }
    // Nor may it read the rest of the setup API, even of its own workshop.
    const counties = apiPath(API_ROUTES.counties, { workshopId: own })
    expect((await t.request('GET', counties, undefined, bearer(groupToken))).status).toBe(403)

    expect((await t.request('GET', resources(own))).body).toEqual(DEFAULT_RESOURCES)
    expect((await t.request('GET', povertyLines(own))).body).toEqual(DEFAULT_POVERTY_LINES)
  })

  describe('from a device on the LAN (not the hub machine)', () => {
    const fromLan = (url: string, headers: Record<string, string> = {}) =>
      t.hub.app.inject({ method: 'GET', url, remoteAddress: '192.168.1.57', headers })

    it('answers 401 without a token, and with an unknown token', async () => {
      for (const path of [resources(f.workshopId), povertyLines(f.workshopId)]) {
        const response = await fromLan(path, { 'accept-language': 'en' })
        expect(response.statusCode, path).toBe(401)
        expect(response.json<ApiErrorBody>().error.key).toBe('auth.required')
        expect((await fromLan(path, bearer('not-a-real-token'))).statusCode).toBe(401)
      }
    })

    it('answers a group token of the workshop', async () => {
      const response = await fromLan(resources(f.workshopId), bearer(groupToken))
      expect(response.statusCode).toBe(200)
      expect(response.json<ApiResponse<'listResources'>>()).toHaveLength(DEFAULT_RESOURCES.length)
    })

    it('stops answering a group token once the LAN session is closed', async () => {
      await t.request('POST', API_ROUTES.lanClose)
      expect((await fromLan(resources(f.workshopId), bearer(groupToken))).statusCode).toBe(401)
    })
  })
})
