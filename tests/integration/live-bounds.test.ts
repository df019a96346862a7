import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { API_ROUTES } from '../../shared/api/api-routes'
import { planDocName } from '../../shared/live/doc-names'
import { planProse } from '../../shared/live/plan-roots'
import { LIVE_CLOSE } from '../../electron/hub/live/live-limits'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, eventually, liveUrl, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

/** A Hocuspocus sync-update frame for `documentName` carrying `payload`, as a device would send one. */
function updateFrame(documentName: string, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, documentName)
  encoding.writeVarUint(encoder, 0) // sync
  encoding.writeVarUint(encoder, 2) // update
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

/** A raw socket to /live, as a script or a stranger on the Wi-Fi would open it. */
function rawSocket(t: TestHub): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(liveUrl(t.hub.url))
    socket.once('open', () => resolve(socket))
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`refused: ${response.statusCode}`)),
    )
    socket.once('error', reject)
  })
}

const closed = (socket: WebSocket) =>
  new Promise<number>((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve(-1)
    socket.once('close', (code) => resolve(code))
  })

/** Adds a paragraph of text to the plan's situation summary, as the editor would. */
function write(doc: Y.Doc, text: string): void {
  planProse(doc, 'situationSummary').insert(0, [new Y.XmlText(text)])
}
const summaryOf = (doc: Y.Doc) => planProse(doc, 'situationSummary').toString()

async function hubAnswers(t: TestHub): Promise<void> {
  expect((await t.request('GET', API_ROUTES.health)).status).toBe(200)
}

describe('bounded before trust', () => {
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []
  beforeAll(async () => {
    t = await startTestHub({
      liveLimits: { authDeadlineMs: 800, socketsPerLoopback: 6, documentBytes: 256 * 1024 },
    })
    f = await setUpWorkshop(t)
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await t.stop()
  })

  it('closes a socket that sends 50 MB without authenticating, and the hub keeps answering', async () => {
    const socket = await rawSocket(t)
    const ended = closed(socket)
    socket.on('error', () => undefined)
    const frame = updateFrame(planDocName(f.workshopId, f.lueyang.id), new Uint8Array(512 * 1024).fill(7))
    let sent = 0
    while (sent < 50 * 1024 * 1024 && socket.readyState === WebSocket.OPEN) {
      await new Promise<void>((resolve) => socket.send(frame, () => resolve()))
      sent += frame.byteLength
    }
    const code = await ended
    expect(code === LIVE_CLOSE.tooMuchBeforeAuth.code || code === 1006).toBe(true)
    expect(sent).toBeLessThan(50 * 1024 * 1024)
    await hubAnswers(t)
  })

  it('closes a socket that has not authenticated in time, saying why', async () => {
    const silent = await rawSocket(t)
    expect(await closed(silent)).toBe(LIVE_CLOSE.authTimeout.code)
    // A refused token is no authentication either.
    const refused = connectLive(t.hub.url, planDocName(f.workshopId, f.lueyang.id), 'not-a-token')
    clients.push(refused)
    await refused.refused
    await eventually(() => refused.socket.status === 'disconnected', 'the refused socket to be closed', 5000)
    await hubAnswers(t)
  })

  it('keeps a device that authenticated, past the deadline, and lets it edit', async () => {
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const device = connectLive(t.hub.url, planDocName(f.workshopId, f.lueyang.id), joined.token)
    clients.push(device)
    await device.synced
    await new Promise((resolve) => setTimeout(resolve, 1200))
    write(device.doc, '略阳乌鸡')
    await device.saved()
    expect(device.socket.status).toBe('connected')
  })

  it('caps the open sockets per address, and admits again once one closes', async () => {
    const open = () => rawSocket(t)
    const sockets: WebSocket[] = []
    // The device of the test before still holds one loopback socket.
    for (;;) {
      const next = await open().catch((error: Error) => error)
      if (next instanceof Error) {
        expect(next.message).toBe('refused: 429')
        break
      }
      sockets.push(next)
      expect(sockets.length).toBeLessThanOrEqual(6)
    }
    const first = sockets.shift()!
    first.close()
    await closed(first)
    await eventually(() => true, 'nothing')
    sockets.push(await open())
    for (const socket of sockets) socket.terminate()
    await hubAnswers(t)
  })

  it('takes no change that would take a plan past its size, tells the device, and keeps the plan', async () => {
    const joined = await joinAs(t, f.codes[f.badong.id]!, '李娜')
    const name = planDocName(f.workshopId, f.badong.id)
    const device = connectLive(t.hub.url, name, joined.token)
    clients.push(device)
    const notices: string[] = []
    device.provider.on('stateless', ({ payload }: { payload: string }) => notices.push(payload))
    await device.synced
    write(device.doc, '巴东')
    await device.saved()
    write(device.doc, 'x'.repeat(300 * 1024))
    await eventually(() => notices.length > 0, 'the too-large notice', 5000)
    expect(JSON.parse(notices[0]!)).toMatchObject({ type: 'refused', reason: 'too-large' })

    const facilitator = connectLive(t.hub.url, name, f.facilitatorToken)
    clients.push(facilitator)
    await facilitator.synced
    expect(summaryOf(facilitator.doc)).toContain('巴东')
    expect(summaryOf(facilitator.doc)).not.toContain('xxxx')
    await hubAnswers(t)
  })
})
