import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_CONTRACT } from '../../shared/api/api-contract'
import { apiPath, type ApiRoute } from '../../shared/api/api-routes'
import { startTestHub, type TestHub } from '../support/hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

const routes = Object.entries(API_CONTRACT)
/** A backup's name is its route parameter (any well-formed one: nobody gets as far as looking it up). */
const A_BACKUP_NAME = 'backup-2018-03-12T08-30-00-000Z-manual.sqlite'
const contractKeys = new Set(routes.map(([, route]) => `${route.method} ${route.path}`))

describe('the hub serves the API contract', () => {
  let t: TestHub
  let f: LiveFixture
  beforeAll(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
  })
  afterAll(() => t.stop())

  it('registers every route of the contract, and no API route outside it', () => {
    const api = t.hub.routes.filter((route) => route.url.startsWith('/api/'))
    // Fastify answers HEAD by itself wherever there is a GET.
    const outside = api.filter(
      ({ method, url }) => !contractKeys.has(`${method === 'HEAD' ? 'GET' : method} ${url}`),
    )
    expect(outside).toEqual([])
    const registered = new Set(api.map(({ method, url }) => `${method} ${url}`))
    expect([...contractKeys].filter((key) => !registered.has(key))).toEqual([])
  })

  it('lets a group device call exactly what the contract lets groups call', async () => {
    const group = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const ids = {
      workshopId: f.workshopId,
      countyId: f.lueyang.id,
      groupId: 'group-0000',
      resourceId: 'microcredit',
      backupName: A_BACKUP_NAME,
    }
    for (const [name, route] of routes) {
      if (route.access === 'anyone') continue
      const path = apiPath(route.path as ApiRoute, ids as never)
      const response = await t.request(route.method, path, route.method === 'GET' ? undefined : {}, {
        authorization: `Bearer ${group.token}`,
      })
      const allowed = (route.access as readonly string[]).includes('group')
      expect({ name, refused: response.status === 403 }).toEqual({ name, refused: !allowed })
    }
  })

  it('refuses a device on the network without a token wherever the contract asks for one', async () => {
    for (const [name, route] of routes) {
      if (route.access === 'anyone') continue
      const path = apiPath(
        route.path as ApiRoute,
        { workshopId: f.workshopId, countyId: f.lueyang.id, backupName: A_BACKUP_NAME } as never,
      )
      const response = await t.request(route.method, path, undefined, { authorization: 'Bearer not-a-token' })
      expect({ name, status: response.status }).toEqual({ name, status: 401 })
    }
  })
})
