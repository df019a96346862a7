import { request } from 'node:http'
import { createServer, type AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LOOPBACK_INTERFACE } from '../../electron/hub/lan/lan-interfaces'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import type { LanInterface } from '../../shared/join/join-schema'
import { planDocName } from '../../shared/live/doc-names'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

/** The venue Wi-Fi, played by a second loopback address that this machine can listen on. */
const VENUE_WIFI: LanInterface = { name: 'wlan0', address: '127.0.0.2' }
const withWifi = () => [VENUE_WIFI, LOOPBACK_INTERFACE]
const withoutWifi = () => [LOOPBACK_INTERFACE]

/**
 * A JSON request on a fresh connection: fetch would reuse a kept-alive connection to the hub that was
 * stopped, since the restarted one listens on the same port.
 */
function requestJson(
  method: string,
  url: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {}
    if (options.token) headers.authorization = `Bearer ${options.token}`
    if (options.body !== undefined) headers['content-type'] = 'application/json'
    const sent = request(url, { method, agent: false, headers }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }))
    })
    sent.on('error', reject)
    sent.end(options.body === undefined ? undefined : JSON.stringify(options.body))
  })
}

/** A port nothing listens on (loopback), other than `taken`. */
async function freePortOtherThan(taken: number): Promise<number> {
  for (;;) {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    if (port !== taken) return port
  }
}

describe('the LAN session across a hub restart', () => {
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []

  beforeEach(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    t = await startTestHub({ listLanInterfaces: withWifi })
    f = await setUpWorkshop(t)
    const opened = await t.request<ApiResponse<'getLan'>>('POST', API_ROUTES.lanOpen, {
      address: VENUE_WIFI.address,
    })
    expect(opened.body.open).toBe(true)
  })
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy())
    vi.restoreAllMocks()
    await t.stop()
  })

  const venueUrl = () => `http://${VENUE_WIFI.address}:${t.hub.port}`
  const lanStatus = async () =>
    (await requestJson('GET', `${t.hub.url}${API_ROUTES.lan}`)).body as ApiResponse<'getLan'>

  it('opens again on the same address and port, where a group token still works', async () => {
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const devicesUrl = venueUrl()
    // The desktop app's own listener takes a new port at every start; the devices' links must not change.
    await t.restart({ port: await freePortOtherThan(t.hub.port) })

    expect(await lanStatus()).toMatchObject({
      open: true,
      address: VENUE_WIFI.address,
      url: devicesUrl,
      lostAddress: null,
    })
    const me = await requestJson('GET', `${devicesUrl}${API_ROUTES.me}`, { token: joined.token })
    expect(me).toMatchObject({ status: 200, body: { kind: 'group', countyId: f.lueyang.id } })
    const device = connectLive(devicesUrl, planDocName(f.workshopId, f.lueyang.id), joined.token)
    clients.push(device)
    await device.synced
  })

  it('says the room is disconnected when the computer no longer has that address, until it is reopened', async () => {
    await t.restart({ port: t.hub.port, listLanInterfaces: withoutWifi })

    expect(await lanStatus()).toMatchObject({ open: false, address: null, lostAddress: VENUE_WIFI.address })
    await expect(requestJson('GET', `${venueUrl()}${API_ROUTES.health}`)).rejects.toThrow('ECONNREFUSED')
  })

  it('forgets the lost address once the facilitator reopens the session elsewhere', async () => {
    await t.restart({ port: t.hub.port, listLanInterfaces: withoutWifi })
    const reopened = await requestJson('POST', `${t.hub.url}${API_ROUTES.lanOpen}`, {
      body: { address: LOOPBACK_INTERFACE.address },
      token: t.hub.access.facilitatorToken(),
    })
    expect(reopened.body).toMatchObject({ open: true, lostAddress: null })
  })

  it('stays closed after a restart when the facilitator closed it', async () => {
    await t.request('POST', API_ROUTES.lanClose)
    await t.restart({ port: t.hub.port })
    expect(await lanStatus()).toMatchObject({ open: false, address: null, lostAddress: null })
  })
})
