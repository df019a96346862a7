import { request as httpRequest } from 'node:http'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { hashToken } from '../../electron/hub/access/token-crypto'
import { JOIN_ATTEMPTS_PER_MINUTE } from '../../electron/hub/api/join-routes'
import type { ApiErrorBody } from '../../shared/api/api-error'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { JOIN_CODE_ALPHABET } from '../../shared/join/join-code'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { readSession, setBroadcastMessage } from '../../shared/live/session-doc'
import { eventually, liveUrl, type LiveClient } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('who may open which live document', () => {
  const room = useLiveRoom()
  const lueyangPlan = () => planDocName(room.f.workshopId, room.f.lueyang.id)

  /** A refused client must not have received a single byte of the document. */
  async function expectRefusedBeforeSync(client: LiveClient): Promise<void> {
    await client.refused
    expect(client.provider.isSynced).toBe(false)
    expect(readPlan(client.doc).dataCard.registeredPoorPeople).toBeNull()
  }

  it('refuses a connection without a token', async () => {
    await expectRefusedBeforeSync(room.open(lueyangPlan(), null))
  })

  it('refuses an unknown token', async () => {
    await expectRefusedBeforeSync(room.open(lueyangPlan(), 'not-a-real-token'))
  })

  it('refuses an expired token', async () => {
    room.t.hub.store.access.addToken(hashToken('expired-token-value'), {
      kind: 'group',
      workshopId: room.f.workshopId,
      countyId: room.f.lueyang.id,
      groupId: null,
      displayName: 'old',
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    })
    await expectRefusedBeforeSync(room.open(lueyangPlan(), 'expired-token-value'))
  })

  it("refuses a group token of county A opening county B's plan", async () => {
    const badong = await joinAs(room.t, room.f.codes[room.f.badong.id]!, '巴东')
    const client = room.open(lueyangPlan(), badong.token)
    await expectRefusedBeforeSync(client)
    expect(await client.refused).toBe('auth.forbidden')
  })

  it('refuses a plan of a county that does not exist, even to the facilitator', async () => {
    const client = room.open(planDocName(room.f.workshopId, 'no-such-county'), room.f.facilitatorToken)
    await client.refused
  })

  it('lets a group read the session document but not change it', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王')
    const facilitator = room.open(sessionDocName(room.f.workshopId), room.f.facilitatorToken)
    const group = room.open(sessionDocName(room.f.workshopId), joined.token)
    await Promise.all([facilitator.synced, group.synced])

    setBroadcastMessage(group.doc, 'hacked')
    await sleep(300)
    expect(readSession(facilitator.doc).message).toBe('')
    const stored = new Y.Doc()
    const persisted = room.t.hub.store.liveDocs.load(sessionDocName(room.f.workshopId))
    persisted.updates.forEach((update) => Y.applyUpdate(stored, update))
    if (persisted.snapshot) Y.applyUpdate(stored, persisted.snapshot)
    expect(readSession(stored).message).toBe('')
  })

  it('lets the facilitator open and edit every document', async () => {
    const opened: LiveClient[] = []
    for (const name of [
      lueyangPlan(),
      planDocName(room.f.workshopId, room.f.badong.id),
      sessionDocName(room.f.workshopId),
    ]) {
      const client = room.open(name, room.f.facilitatorToken)
      await client.synced
      opened.push(client)
    }
    const plan = opened[0]!
    setDataCardField(plan.doc, 'population', 200_000)
    await plan.saved()
  })

  it('revokes group tokens and disconnects group devices when the LAN session closes', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王')
    const device = room.open(lueyangPlan(), joined.token)
    const facilitator = room.open(lueyangPlan(), room.f.facilitatorToken)
    await Promise.all([device.synced, facilitator.synced])

    await room.t.request('POST', API_ROUTES.lanClose)
    await eventually(
      () => device.socket.status !== 'connected' || device.provider.isAuthenticated === false,
      'disconnect',
    )
    const again = room.open(lueyangPlan(), joined.token)
    await again.refused
    setDataCardField(facilitator.doc, 'population', 1)
    await facilitator.saved()
  })

  it('refuses a group token on the setup API', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王')
    const response = await room.t.request<ApiErrorBody>('GET', API_ROUTES.workshops, undefined, {
      authorization: `Bearer ${joined.token}`,
    })
    expect(response.status).toBe(403)
    const me = await room.t.request<ApiResponse<'me'>>('GET', API_ROUTES.me, undefined, {
      authorization: `Bearer ${joined.token}`,
    })
    expect(me.body).toEqual({
      kind: 'group',
      workshopId: room.f.workshopId,
      countyId: room.f.lueyang.id,
      groupId: joined.groupId,
      displayName: '王',
      countyName: room.f.lueyang.name,
      countyNameEn: room.f.lueyang.nameEn,
    })
  })

  it("tells a device its county's names as they are now, after the facilitator corrected them", async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王')
    const {
      id,
      createdAt: _created,
      updatedAt: _updated,
      ...county
    } = room.f.lueyang as typeof room.f.lueyang & {
      createdAt?: string
      updatedAt?: string
    }
    const path = apiPath(API_ROUTES.county, { workshopId: room.f.workshopId, countyId: id })
    expect((await room.t.request('PUT', path, { ...county, name: '略阳', nameEn: 'Lueyang' })).status).toBe(
      200,
    )
    // The join answered the old names; the device keeps them until it asks again.
    expect(joined.countyName).toBe(room.f.lueyang.name)
    const me = await room.t.request<ApiResponse<'me'>>('GET', API_ROUTES.me, undefined, {
      authorization: `Bearer ${joined.token}`,
    })
    expect(me.body).toMatchObject({
      kind: 'group',
      countyId: id,
      countyName: '略阳',
      countyNameEn: 'Lueyang',
    })
  })
})

describe('joining with a code', () => {
  const room = useLiveRoom()

  it('exchanges a code, typed loosely, for a token scoped to that county', async () => {
    const code = room.f.codes[room.f.lueyang.id]!
    const loosely = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`
    const response = await room.t.request<ApiResponse<'join'>>('POST', API_ROUTES.join, {
      code: loosely,
      displayName: '王伟',
    })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      countyId: room.f.lueyang.id,
      countyName: '略阳县',
      displayName: '王伟',
    })
  })

  it('gives every group a distinct code and a QR code of the join link', async () => {
    const info = await room.t.request<ApiResponse<'getJoinInfo'>>(
      'GET',
      apiPath(API_ROUTES.joinInfo, { workshopId: room.f.workshopId }),
    )
    const [first, second] = info.body.groups
    expect(first!.code).not.toBe(second!.code)
    expect(first!.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/)
    expect(first!.joinUrl).toBe(`${info.body.lan.url}/join#${first!.code}`)
    expect(first!.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
  })

  it('refuses an unknown code with a message, and a join while the LAN is closed', async () => {
    const unknown = await room.t.request<ApiErrorBody>(
      'POST',
      API_ROUTES.join,
      { code: '222222', displayName: 'x' },
      { 'accept-language': 'en' },
    )
    expect(unknown.status).toBe(404)
    expect(unknown.body.error.key).toBe('join.unknownCode')
    await room.t.request('POST', API_ROUTES.lanClose)
    const closed = await room.t.request<ApiErrorBody>('POST', API_ROUTES.join, {
      code: room.f.codes[room.f.lueyang.id],
      displayName: 'x',
    })
    expect(closed.status).toBe(403)
    expect(closed.body.error.key).toBe('join.closed')
  })

  it('stops a device that keeps guessing codes', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt <= JOIN_ATTEMPTS_PER_MINUTE; attempt++) {
      const code = `22222${JOIN_CODE_ALPHABET[attempt % JOIN_CODE_ALPHABET.length]}`
      const guess = await room.t.request<ApiErrorBody>('POST', API_ROUTES.join, { code, displayName: 'x' })
      statuses.push(guess.status)
    }
    expect(statuses.slice(0, JOIN_ATTEMPTS_PER_MINUTE).every((status) => status === 404)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
    const blocked = await room.t.request<ApiErrorBody>(
      'POST',
      API_ROUTES.join,
      { code: room.f.codes[room.f.lueyang.id], displayName: 'x' },
      { 'accept-language': 'en' },
    )
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.message).toBe('Too many attempts. Wait a minute and try again.')
  })

  it('refuses a WebSocket upgrade from another web origin', async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(liveUrl(room.t.hub.url), { headers: { origin: 'http://evil.example' } })
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      socket.on('open', () => resolve(101))
      socket.on('error', () => resolve(-1))
    })
    expect(status).toBe(403)
  })

  it('closes a connection that sends a frame larger than 1 MiB', async () => {
    const code = await new Promise<number>((resolve) => {
      const socket = new WebSocket(liveUrl(room.t.hub.url))
      socket.on('open', () => socket.send(Buffer.alloc(1024 * 1024 + 1)))
      socket.on('close', (closeCode) => resolve(closeCode))
    })
    expect(code).toBe(1009)
  })

  it('hands the facilitator token to windows on the hub machine (loopback callers)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: room.t.hub.port, path: API_ROUTES.facilitatorToken },
        (res) => resolve(res.statusCode ?? 0),
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(200)
  })
})
