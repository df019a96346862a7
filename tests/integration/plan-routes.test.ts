import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName } from '../../shared/live/doc-names'
import { startTestHub, type TestHub } from '../support/hub-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'
import { fillLueyangPlan } from '../support/lueyang-plan'

describe('plan routes (facilitator reads of county plans)', () => {
  let t: TestHub
  let fixture: LiveFixture
  beforeEach(async () => {
    t = await startTestHub()
    fixture = await setUpWorkshop(t)
  })
  afterEach(() => t.stop())

  const planPath = (countyId: string) =>
    apiPath(API_ROUTES.plan, { workshopId: fixture.workshopId, countyId })

  it('reads a plan nobody has opened as the county’s starting figures, without writing anything', async () => {
    const response = await t.request<ApiResponse<'getPlan'>>('GET', planPath(fixture.lueyang.id))
    expect(response.status).toBe(200)
    expect(response.body.dataCard).toMatchObject({
      registeredPoorPeople: 42_996,
      remainingPoorPeople: 32_000,
    })
    expect(response.body.info.status).toBe('draft')
    const name = planDocName(fixture.workshopId, fixture.lueyang.id)
    expect(t.hub.store.liveDocs.load(name)).toEqual({ snapshot: null, updates: [] })
    expect(t.hub.live.hocuspocus.documents.has(name)).toBe(false)
  })

  it('reads a plan that is open in the live server from its live document', async () => {
    const name = planDocName(fixture.workshopId, fixture.lueyang.id)
    const connection = await t.hub.live.hocuspocus.openDirectConnection(name)
    try {
      await connection.transact((doc) => void fillLueyangPlan(doc))
      expect(t.hub.live.hocuspocus.documents.has(name)).toBe(true)
      const response = await t.request<ApiResponse<'getPlan'>>('GET', planPath(fixture.lueyang.id))
      expect(response.body.info.title).toBe('略阳县电商精准扶贫合作方案 2018–2020')
      expect(response.body.actions[0]?.owner).toBe('县商务局')
    } finally {
      await connection.disconnect()
    }
  })

  it('lists every county’s plan of a workshop', async () => {
    const response = await t.request<ApiResponse<'listPlans'>>(
      'GET',
      apiPath(API_ROUTES.plans, { workshopId: fixture.workshopId }),
    )
    expect(response.body.map((entry) => entry.countyId)).toEqual([fixture.lueyang.id, fixture.badong.id])
  })

  it('refuses group devices, and answers 404 for a county or workshop that does not exist', async () => {
    const join = await joinAs(t, fixture.codes[fixture.lueyang.id]!, '王伟')
    const asGroup = await t.request('GET', planPath(fixture.lueyang.id), undefined, {
      authorization: `Bearer ${join.token}`,
    })
    expect(asGroup.status).toBe(403)
    expect((await t.request('GET', planPath('no-such-county'))).status).toBe(404)
    expect(
      (await t.request('GET', apiPath(API_ROUTES.plans, { workshopId: 'no-such-workshop' }))).status,
    ).toBe(404)
  })

  it('answers 503 with a reason for PDF downloads when the hub was started without a PDF engine', async () => {
    const response = await t.request<{ error: { key: string } }>(
      'GET',
      apiPath(API_ROUTES.planPdf, { workshopId: fixture.workshopId, countyId: fixture.lueyang.id }),
    )
    expect(response.status).toBe(503)
    expect(response.body.error.key).toBe('export.noBrowser')
  })
})
