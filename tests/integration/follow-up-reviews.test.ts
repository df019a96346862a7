import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { setIndicatorTarget } from '../../shared/exercises/target-setting/target-setting-doc'
import { planDocName } from '../../shared/live/doc-names'
import type { TestHub } from '../support/hub-client'
import type { LiveFixture } from '../support/live-fixture'
import type { LueyangIds } from '../support/lueyang-plan'
import { filledLueyangHub } from '../support/filled-lueyang-hub'

/**
 * Follow-up review rounds over raw HTTP: the facilitator keeps the rounds; a county's report is written by
 * the facilitator or by that county's own group, judged against the targets the plan had when the report
 * was first saved.
 */
describe('follow-up reviews over REST', () => {
  let t: TestHub
  let f: LiveFixture
  let ids: LueyangIds
  let lueyangToken: string
  let badongToken: string

  beforeAll(async () => {
    ;({ t, f, ids, lueyangToken, badongToken } = await filledLueyangHub())
  })

  afterAll(async () => {
    await t?.stop()
  })

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
  const roundsPath = () => apiPath(API_ROUTES.followUpRounds, { workshopId: f.workshopId })
  const roundPath = (roundId: string) =>
    apiPath(API_ROUTES.followUpRound, { workshopId: f.workshopId, roundId })
  const reportPath = (roundId: string, countyId: string) =>
    apiPath(API_ROUTES.followUpReport, { workshopId: f.workshopId, roundId, countyId })
  const overviewPath = (roundId: string) =>
    apiPath(API_ROUTES.followUpOverview, { workshopId: f.workshopId, roundId })

  async function createRound(name: string, date: string, planYear = 2019) {
    const response = await t.request<ApiResponse<'createFollowUpRound'>>('POST', roundsPath(), {
      name,
      date,
      planYear,
    })
    expect(response.status).toBe(201)
    return response.body
  }

  const lueyangReport = (actual: number | null) => ({
    indicators: [{ indicatorId: ids.indicatorId, actual, note: '截至 9 月底' }],
    actions: [{ itemId: ids.actionId, status: 'late', note: '冷链车推迟到货' }],
    matches: [{ itemId: ids.matchId, status: 'on-track', note: '' }],
    narrative: '网店已上线，销量低于预期。',
    reporterName: '张老师',
  })

  it('lets the facilitator add, rename, list by date and delete rounds, the group of the workshop read them', async () => {
    const late = await createRound('2019 年年终', '2019-12-20')
    const early = await createRound('2019 年第三季度', '2019-09-30')
    const renamed = await t.request<ApiResponse<'updateFollowUpRound'>>('PUT', roundPath(late.id), {
      name: '2019 年年终复盘',
      date: '2019-12-20',
      planYear: 2019,
    })
    expect(renamed.body.name).toBe('2019 年年终复盘')

    const listed = await t.request<ApiResponse<'listFollowUpRounds'>>(
      'GET',
      roundsPath(),
      undefined,
      bearer(lueyangToken),
    )
    expect(listed.status).toBe(200)
    expect(listed.body.map((round) => round.id)).toEqual([early.id, late.id])

    expect((await t.request('DELETE', roundPath(late.id))).status).toBe(204)
    expect((await t.request('DELETE', roundPath(late.id))).status).toBe(404)
    await t.request('DELETE', roundPath(early.id))
  })

  it('refuses a round with a wrong date, in the caller’s language', async () => {
    const refused = await t.request<{ error: { fields: { path: string; message: string }[] } }>(
      'POST',
      roundsPath(),
      { name: 'Q3', date: '2019-02-30', planYear: 2019 },
      { 'accept-language': 'en' },
    )
    expect(refused.status).toBe(400)
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'date', message: 'Enter a valid date (YYYY-MM-DD).' }),
    ])
  })

  it('keeps rounds to the facilitator: a group token cannot create, rename or delete one', async () => {
    const round = await createRound('2019 年第三季度', '2019-09-30')
    const body = { name: '改名', date: '2019-09-30', planYear: 2019 }
    expect((await t.request('POST', roundsPath(), body, bearer(lueyangToken))).status).toBe(403)
    expect((await t.request('PUT', roundPath(round.id), body, bearer(lueyangToken))).status).toBe(403)
    expect((await t.request('DELETE', roundPath(round.id), undefined, bearer(lueyangToken))).status).toBe(403)
    expect((await t.request('GET', overviewPath(round.id), undefined, bearer(lueyangToken))).status).toBe(403)
  })

  it("starts a county's report empty against the round year's targets, and stores what the facilitator enters", async () => {
    const round = await createRound('2019 年第三季度', '2019-09-30')
    const empty = await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(round.id, f.lueyang.id))
    expect(empty.body.reportedAt).toBeNull()
    expect(empty.body.targets.indicators).toEqual([
      expect.objectContaining({ id: ids.indicatorId, target: 9_600, unit: '人' }),
    ])
    expect(empty.body.targets).toMatchObject({ peoplePlanned: 19_200, peoplePlannedBy: 2020 })

    const saved = await t.request<ApiResponse<'saveFollowUpReport'>>(
      'PUT',
      reportPath(round.id, f.lueyang.id),
      lueyangReport(8_100),
    )
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ reporterRole: 'facilitator', reporterName: '张老师' })
    expect(saved.body.reportedAt).not.toBeNull()

    const overview = await t.request<ApiResponse<'followUpOverview'>>('GET', overviewPath(round.id))
    expect(overview.body).toEqual([
      {
        countyId: f.lueyang.id,
        summary: expect.objectContaining({ met: 0, behind: 1, actionsLate: 1 }),
      },
      { countyId: f.badong.id, summary: null },
    ])
  })

  it('keeps the targets of the first save when the plan changes later: reviews never move with the plan', async () => {
    const round = await createRound('2019 年第三季度', '2019-09-30')
    await t.request('PUT', reportPath(round.id, f.lueyang.id), lueyangReport(8_100))
    const plan = await t.hub.live.hocuspocus.openDirectConnection(planDocName(f.workshopId, f.lueyang.id))
    await plan.transact((doc) => setIndicatorTarget(doc, ids.indicatorId, 2019, 5_000))
    await plan.disconnect()

    const again = await t.request<ApiResponse<'saveFollowUpReport'>>(
      'PUT',
      reportPath(round.id, f.lueyang.id),
      lueyangReport(9_700),
    )
    expect(again.body.targets.indicators[0]?.target).toBe(9_600)
    const read = await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(round.id, f.lueyang.id))
    expect(read.body.indicators[0]?.actual).toBe(9_700)
    expect(read.body.targets.indicators[0]?.target).toBe(9_600)
    // A new round takes the plan as it is now.
    const later = await createRound('2019 年年终', '2019-12-20')
    const fresh = await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(later.id, f.lueyang.id))
    expect(fresh.body.targets.indicators[0]?.target).toBe(5_000)
    const restore = await t.hub.live.hocuspocus.openDirectConnection(planDocName(f.workshopId, f.lueyang.id))
    await restore.transact((doc) => setIndicatorTarget(doc, ids.indicatorId, 2019, 9_600))
    await restore.disconnect()
  })

  it("lets a county's own group report to a round open to it, signed as the county, and refuses another county's token", async () => {
    const round = await createRound('2019 年第三季度', '2019-09-30')
    const opening = apiPath(API_ROUTES.followUpRoundOpening, { workshopId: f.workshopId, roundId: round.id })
    await t.request('PUT', opening, { open: true })
    const own = await t.request<ApiResponse<'saveFollowUpReport'>>(
      'PUT',
      reportPath(round.id, f.lueyang.id),
      { ...lueyangReport(10_150), reporterName: '王伟' },
      bearer(lueyangToken),
    )
    expect(own.status).toBe(200)
    expect(own.body.reporterRole).toBe('county')
    expect(
      (await t.request('GET', reportPath(round.id, f.lueyang.id), undefined, bearer(lueyangToken))).status,
    ).toBe(200)

    const foreignWrite = await t.request(
      'PUT',
      reportPath(round.id, f.lueyang.id),
      lueyangReport(1),
      bearer(badongToken),
    )
    expect(foreignWrite.status).toBe(403)
    const foreignRead = await t.request(
      'GET',
      reportPath(round.id, f.lueyang.id),
      undefined,
      bearer(badongToken),
    )
    expect(foreignRead.status).toBe(403)
    const read = await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(round.id, f.lueyang.id))
    expect(read.body.indicators[0]?.actual).toBe(10_150)
  })

  it('answers 404 for an unknown round, and 400 for an entry the targets do not hold, storing nothing', async () => {
    const unknown = await t.request('PUT', reportPath('no-such-round-0000', f.lueyang.id), lueyangReport(1))
    expect(unknown.status).toBe(404)
    expect((await t.request('GET', reportPath('no-such-round-0000', f.lueyang.id))).status).toBe(404)

    const round = await createRound('2019 年第三季度', '2019-09-30')
    const stray = await t.request<{ error: { key: string; message: string } }>(
      'PUT',
      reportPath(round.id, f.lueyang.id),
      { ...lueyangReport(1), actions: [{ itemId: 'action-deleted-long-ago', status: 'done', note: '' }] },
    )
    expect(stray.status).toBe(400)
    expect(stray.body.error.key).toBe('followUp.unknownEntry')
    const read = await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(round.id, f.lueyang.id))
    expect(read.body.reportedAt).toBeNull()

    const text = await t.request('PUT', reportPath(round.id, f.lueyang.id), {
      ...lueyangReport(1),
      indicators: [{ indicatorId: ids.indicatorId, actual: '八千', note: '' }],
    })
    expect(text.status).toBe(400)
  })

  it("deletes a round's reports with it", async () => {
    const round = await createRound('2019 年第三季度', '2019-09-30')
    await t.request('PUT', reportPath(round.id, f.lueyang.id), lueyangReport(8_100))
    await t.request('DELETE', roundPath(round.id))
    const left = t.hub.store.db.prepare('SELECT COUNT(*) FROM follow_up_reports WHERE round_id = ?').pluck()
    expect(left.get(round.id)).toBe(0)
  })
})
