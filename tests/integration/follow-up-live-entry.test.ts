import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiErrorBody } from '../../shared/api/api-error'
import type { ApiResponse } from '../../shared/api/api-types'
import type { ReportFieldChange } from '../../shared/follow-up/report-change'
import type { TestHub } from '../support/hub-client'
import { joinAs, type LiveFixture } from '../support/live-fixture'
import type { LueyangIds } from '../support/lueyang-plan'
import { filledLueyangHub } from '../support/filled-lueyang-hub'

/**
 * A county's team enters its review live, from several devices at once, while the facilitator enters
 * some of it too: every field is saved on its own and merged on the hub, and a county writes only its
 * own report, only while the facilitator has opened the round to the counties.
 */
describe('a round entered live by two devices and by the facilitator', () => {
  let t: TestHub
  let f: LiveFixture
  let ids: LueyangIds
  let wang: string
  let li: string
  let badong: string

  beforeAll(async () => {
    ;({ t, f, ids, lueyangToken: wang, badongToken: badong } = await filledLueyangHub())
    li = (await joinAs(t, f.codes[f.lueyang.id]!, '李娜')).token
  })

  afterAll(async () => {
    await t?.stop()
  })

  const bearer = (token: string) => ({ authorization: `Bearer ${token}`, 'accept-language': 'en' })
  const changesPath = (roundId: string, countyId = f.lueyang.id) =>
    apiPath(API_ROUTES.followUpReportChanges, { workshopId: f.workshopId, roundId, countyId })
  const reportPath = (roundId: string) =>
    apiPath(API_ROUTES.followUpReport, { workshopId: f.workshopId, roundId, countyId: f.lueyang.id })

  async function openRound(name: string, date: string) {
    const created = await t.request<ApiResponse<'createFollowUpRound'>>(
      'POST',
      apiPath(API_ROUTES.followUpRounds, { workshopId: f.workshopId }),
      { name, date, planYear: 2019 },
    )
    const path = apiPath(API_ROUTES.followUpRoundOpening, {
      workshopId: f.workshopId,
      roundId: created.body.id,
    })
    const opened = await t.request<ApiResponse<'openFollowUpRound'>>('PUT', path, { open: true })
    expect(opened.body.openToCounties).toBe(true)
    return opened.body
  }

  const change = (roundId: string, token: string | null, ...changes: ReportFieldChange[]) =>
    t.request<ApiResponse<'changeFollowUpReport'> & ApiErrorBody>(
      'POST',
      changesPath(roundId),
      { changes },
      token ? bearer(token) : { 'accept-language': 'en' },
    )
  const stored = async (roundId: string) =>
    (await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(roundId))).body

  it('keeps every row when two devices and the facilitator save different ones at once', async () => {
    const round = await openRound('2019 年第三季度', '2019-09-30')
    const answers = await Promise.all([
      change(round.id, wang, { field: 'actual', indicatorId: ids.indicatorId, value: 8_100, was: null }),
      change(round.id, li, {
        field: 'status',
        list: 'actions',
        itemId: ids.actionId,
        value: 'late',
        was: 'not-reported',
      }),
      change(round.id, null, {
        field: 'status',
        list: 'matches',
        itemId: ids.matchId,
        value: 'on-track',
        was: 'not-reported',
      }),
      change(round.id, li, { field: 'narrative', value: '网店已上线，销量低于预期。', was: '' }),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])

    const report = await stored(round.id)
    expect(report.indicators).toEqual([{ indicatorId: ids.indicatorId, actual: 8_100, note: '' }])
    expect(report.actions).toEqual([{ itemId: ids.actionId, status: 'late', note: '' }])
    expect(report.matches).toEqual([{ itemId: ids.matchId, status: 'on-track', note: '' }])
    expect(report.narrative).toBe('网店已上线，销量低于预期。')
    expect(report.fieldSaves[`indicators/${ids.indicatorId}/actual`]).toMatchObject({
      role: 'county',
      name: '王伟',
    })
    expect(report.fieldSaves[`actions/${ids.actionId}/status`]).toMatchObject({
      role: 'county',
      name: '李娜',
    })
    expect(report.fieldSaves[`matches/${ids.matchId}/status`]).toMatchObject({ role: 'facilitator' })
    expect(report.targets.indicators[0]?.target).toBe(9_600)
  })

  it('refuses the second of two edits of the same field, naming who saved first, and keeps the first', async () => {
    const round = await openRound('2019 年年中', '2019-06-30')
    const field = { field: 'actual', indicatorId: ids.indicatorId } as const
    expect((await change(round.id, wang, { ...field, value: 7_000, was: null })).status).toBe(200)
    const late = await change(round.id, li, { ...field, value: 7_500, was: null })
    expect(late.status).toBe(409)
    expect(late.body.error.message).toBe(
      '王伟 saved this field on another device while you were editing it, so your change was not saved. The box now shows what they saved: check it and change it again if it still needs changing.',
    )
    expect((await stored(round.id)).indicators[0]?.actual).toBe(7_000)

    // Having seen 7,000, the second device changes it knowingly; the facilitator, from stale 7,000, is refused.
    expect((await change(round.id, li, { ...field, value: 7_500, was: 7_000 })).status).toBe(200)
    const facilitator = await change(round.id, null, { ...field, value: 6_000, was: 7_000 })
    expect(facilitator.status).toBe(409)
    expect(facilitator.body.error.params).toEqual({ name: '李娜' })
    // The same value twice is no conflict: both meant it.
    expect((await change(round.id, null, { ...field, value: 7_500, was: 7_000 })).status).toBe(200)
    expect((await stored(round.id)).indicators[0]?.actual).toBe(7_500)
  })

  it('takes a county’s writes only while its round is open, and only for its own county', async () => {
    const round = await openRound('2019 年年终', '2019-12-20')
    const actual = { field: 'actual', indicatorId: ids.indicatorId, value: 9_700, was: null } as const
    const foreign = await t.request('POST', changesPath(round.id), { changes: [actual] }, bearer(badong))
    expect(foreign.status).toBe(403)

    const closePath = apiPath(API_ROUTES.followUpRoundOpening, {
      workshopId: f.workshopId,
      roundId: round.id,
    })
    expect((await t.request('PUT', closePath, { open: true }, bearer(wang))).status).toBe(403)
    await t.request('PUT', closePath, { open: false })
    const closed = await change(round.id, wang, actual)
    expect(closed.status).toBe(403)
    expect(closed.body.error.message).toBe(
      'This review round is not open to the counties’ entry (or has been closed), so nothing was saved. Ask the facilitator to open it if you need to enter your report.',
    )
    const whole = await t.request(
      'PUT',
      reportPath(round.id),
      { indicators: [], actions: [], matches: [], narrative: '', reporterName: '' },
      bearer(wang),
    )
    expect(whole.status).toBe(403)
    // The facilitator still enters a closed round's report.
    expect((await change(round.id, null, actual)).status).toBe(200)
    expect((await stored(round.id)).indicators[0]?.actual).toBe(9_700)
  })

  it('stores nothing of a save holding a bad value or an entry the targets do not hold', async () => {
    const round = await openRound('2020 年第一季度', '2020-03-31')
    const good = { field: 'narrative', value: '好', was: '' } as const
    const bad = [
      { field: 'actual', indicatorId: ids.indicatorId, value: '八千', was: null },
      { field: 'status', list: 'actions', itemId: ids.actionId, value: 'finished', was: null },
      { field: 'itemNote', list: 'actions', itemId: ids.actionId, value: 'x'.repeat(1001), was: '' },
      { field: 'reporterRole', value: 'facilitator', was: 'county' },
    ]
    for (const wrong of bad) {
      const refused = await t.request('POST', changesPath(round.id), { changes: [good, wrong] }, bearer(wang))
      expect(refused.status).toBe(400)
    }
    const stray = await change(round.id, wang, good, {
      field: 'status',
      list: 'actions',
      itemId: 'action-deleted-long-ago',
      value: 'done',
      was: 'not-reported',
    })
    expect(stray.status).toBe(400)
    expect(stray.body.error.key).toBe('followUp.unknownEntry')
    expect((await stored(round.id)).reportedAt).toBeNull()
  })

  it('shows a county’s group the latest round open to it, with the actuals it reported before', async () => {
    const reviewPath = (countyId: string) =>
      apiPath(API_ROUTES.countyFollowUpReview, { workshopId: f.workshopId, countyId })
    const review = await t.request<ApiResponse<'countyFollowUpReview'>>(
      'GET',
      reviewPath(f.lueyang.id),
      undefined,
      bearer(wang),
    )
    expect(review.body?.round.name).toBe('2020 年第一季度')
    expect(review.body?.previous).toMatchObject({
      roundName: '2019 年年终',
      indicators: [expect.objectContaining({ actual: 9_700 })],
    })
    expect((await t.request('GET', reviewPath(f.lueyang.id), undefined, bearer(badong))).status).toBe(403)
  })
})
