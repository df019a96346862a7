import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiErrorBody } from '../../shared/api/api-error'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { addComment, readThreads } from '../../shared/comments/comments-doc'
import { commentsDocName, planDocName, sessionDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { readSession, SESSION_SCHEMA_VERSION, setBroadcastMessage } from '../../shared/live/session-doc'
import { goToItem, setTimer } from '../../shared/session/run-actions'
import { readRunState } from '../../shared/session/run-state'
import { startTimer } from '../../shared/session/session-timer'
import { eventually } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

describe('the projector credential and the session routes', () => {
  const room = useLiveRoom()
  const projectorLink = (body: object = {}, headers: Record<string, string> = {}) =>
    room.t.request<ApiResponse<'projectorLink'>>(
      'POST',
      apiPath(API_ROUTES.projectorLink, { workshopId: room.f.workshopId }),
      body,
      headers,
    )

  it('tells any device the hub time, uncached', async () => {
    const before = Date.now()
    const response = await room.t.request<ApiResponse<'time'>>('GET', API_ROUTES.time)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.body.now).toBeGreaterThanOrEqual(before)
    expect(response.body.now).toBeLessThanOrEqual(Date.now())
  })

  it('hands the projector credential to the facilitator only, the same one until renewed', async () => {
    const first = await projectorLink()
    expect(first.status).toBe(200)
    expect(first.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect((await projectorLink()).body.token).toBe(first.body.token)

    const group = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王')
    expect((await projectorLink({}, bearer(group.token))).status).toBe(403)
    expect((await projectorLink({}, bearer(first.body.token))).status).toBe(403)
    const badBody = await projectorLink({ renew: 'please' })
    expect(badBody.status).toBe(400)
  })

  it('lets the projector read what the room is shown of its own workshop, and nothing else', async () => {
    const token = (await projectorLink()).body.token
    const me = await room.t.request<ApiResponse<'me'>>('GET', API_ROUTES.me, undefined, bearer(token))
    expect(me.body).toEqual({ kind: 'projector', workshopId: room.f.workshopId })

    const { workshopId } = room.f
    for (const path of [
      apiPath(API_ROUTES.workshop, { workshopId }),
      apiPath(API_ROUTES.counties, { workshopId }),
      apiPath(API_ROUTES.agenda, { workshopId }),
      apiPath(API_ROUTES.joinInfo, { workshopId }),
    ]) {
      expect((await room.t.request('GET', path, undefined, bearer(token))).status, path).toBe(200)
    }
    const refused = [
      ['GET', API_ROUTES.workshops],
      ['GET', apiPath(API_ROUTES.groups, { workshopId })],
      ['GET', apiPath(API_ROUTES.povertyLines, { workshopId })],
      ['GET', apiPath(API_ROUTES.presence, { workshopId })],
      ['PUT', apiPath(API_ROUTES.agenda, { workshopId })],
      ['POST', API_ROUTES.lanClose],
      ['DELETE', apiPath(API_ROUTES.workshop, { workshopId })],
    ] as const
    for (const [method, path] of refused) {
      const response = await room.t.request<ApiErrorBody>(method, path, method === 'GET' ? undefined : {}, {
        ...bearer(token),
      })
      expect(response.status, `${method} ${path}`).toBe(403)
    }

    const other = await room.t.request<ApiResponse<'getWorkshop'>>('POST', API_ROUTES.workshops, {
      title: '另一个培训班',
      startDate: '2018-04-01',
      endDate: '2018-04-02',
      language: 'zh-CN',
    })
    const elsewhere = apiPath(API_ROUTES.counties, { workshopId: other.body.id })
    expect((await room.t.request('GET', elsewhere, undefined, bearer(token))).status).toBe(403)
    const otherSession = room.open(sessionDocName(other.body.id), token)
    expect(await otherSession.refused).toBe('auth.forbidden')
  })

  it('reads the session document and every plan live, and cannot change either', async () => {
    const token = (await projectorLink()).body.token
    const facilitatorSession = room.open(sessionDocName(room.f.workshopId), room.f.facilitatorToken)
    const facilitatorPlan = room.open(
      planDocName(room.f.workshopId, room.f.badong.id),
      room.f.facilitatorToken,
    )
    const session = room.open(sessionDocName(room.f.workshopId), token)
    const lueyang = room.open(planDocName(room.f.workshopId, room.f.lueyang.id), token)
    const badong = room.open(planDocName(room.f.workshopId, room.f.badong.id), token)
    await Promise.all([facilitatorSession, facilitatorPlan, session, lueyang, badong].map((c) => c.synced))
    expect(readSession(session.doc).schemaVersion).toBe(SESSION_SCHEMA_VERSION)
    expect(readPlan(lueyang.doc).dataCard.remainingPoorPeople).toBe(32000)

    // The console starts the SWOT timer; the projector sees it at once.
    goToItem(facilitatorSession.doc, { id: 'item-swot-0001', kind: 'swot', title: '', plannedMinutes: 45 })
    setTimer(facilitatorSession.doc, startTimer(readRunState(facilitatorSession.doc).timer!, Date.now()))
    await eventually(
      () => typeof readRunState(session.doc).timer?.runningSince === 'number',
      'timer on the projector',
    )
    expect(readRunState(session.doc)).toMatchObject({ currentKind: 'swot', currentItemId: 'item-swot-0001' })

    // Its own writes go nowhere: not to the hub, not to anyone else.
    setBroadcastMessage(session.doc, 'hacked')
    setDataCardField(badong.doc, 'population', 1)
    await sleep(300)
    expect(readSession(facilitatorSession.doc).message).toBe('')
    expect(readPlan(facilitatorPlan.doc).dataCard.population).toBe(481500)
    const stored = new Y.Doc()
    const persisted = room.t.hub.store.liveDocs.load(sessionDocName(room.f.workshopId))
    if (persisted.snapshot) Y.applyUpdate(stored, persisted.snapshot)
    persisted.updates.forEach((update) => Y.applyUpdate(stored, update))
    expect(readSession(stored).message).toBe('')
  })

  it('reads every county’s comments live, to list them beside a spotlight, and cannot add to them', async () => {
    const token = (await projectorLink()).body.token
    const name = commentsDocName(room.f.workshopId, room.f.lueyang.id)
    const facilitator = room.open(name, room.f.facilitatorToken)
    const projector = room.open(name, token)
    await Promise.all([facilitator.synced, projector.synced])
    const author = { name: '李老师', countyId: null, countyName: '', countyNameEn: '' }
    addComment(facilitator.doc, {
      anchor: { exercise: 'swot', item: null },
      text: '请补充数据来源。',
      author,
    })
    await eventually(() => readThreads(projector.doc).length === 1, 'the comment on the projector')

    addComment(projector.doc, { anchor: { exercise: 'swot', item: null }, text: '投影写的评论', author })
    // The hub never acknowledges it; what the facilitator writes next still reaches the projector.
    addComment(facilitator.doc, { anchor: { exercise: 'swot', item: null }, text: '第二条。', author })
    await facilitator.saved()
    await eventually(() => readThreads(projector.doc).length === 3, 'the second comment on the projector')
    expect(projector.provider.unsyncedChanges).toBeGreaterThan(0)
    const fresh = room.open(name, room.f.facilitatorToken)
    await fresh.synced
    expect(readThreads(fresh.doc).map((thread) => thread.comment.text)).toEqual([
      '请补充数据来源。',
      '第二条。',
    ])
    const stored = new Y.Doc()
    const persisted = room.t.hub.store.liveDocs.load(name)
    if (persisted.snapshot) Y.applyUpdate(stored, persisted.snapshot)
    persisted.updates.forEach((update) => Y.applyUpdate(stored, update))
    expect(readThreads(stored)).toHaveLength(2)
  })

  it('keeps working when the LAN closes, and stops working once renewed', async () => {
    const old = (await projectorLink()).body.token
    await room.t.request('POST', API_ROUTES.lanClose)
    const stillThere = room.open(sessionDocName(room.f.workshopId), old)
    await stillThere.synced

    const renewed = await projectorLink({ renew: true })
    expect(renewed.body.token).not.toBe(old)
    const me = (token: string) => room.t.request('GET', API_ROUTES.me, undefined, bearer(token))
    expect((await me(old)).status).toBe(401)
    expect((await me(renewed.body.token)).status).toBe(200)
    expect(await room.open(sessionDocName(room.f.workshopId), old).refused).toBe('auth.required')
    await room.open(sessionDocName(room.f.workshopId), renewed.body.token).synced
  })
})
