import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { API_ROUTES } from '../../shared/api/api-routes'
import { planDocName } from '../../shared/live/doc-names'
import { planProse } from '../../shared/live/plan-roots'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, eventually, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

const ARRIVING = 30
const summaryOf = (doc: Y.Doc) => planProse(doc, 'situationSummary').toString()

/**
 * The hub takes a room's upgrades, handshakes and requests one per turn of its event loop while the
 * edits of the devices already writing pass between them (handshake-turns.ts, requests-in-turns.ts):
 * nothing of either may be lost or reordered on the way.
 */
describe('a room arriving at once', () => {
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []
  beforeAll(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await t.stop()
  })

  it('syncs every arriving device while the edits of a device already writing keep reaching its co-editor', async () => {
    const name = planDocName(f.workshopId, f.lueyang.id)
    const { token } = await joinAs(t, f.codes[f.lueyang.id]!, '编辑员')
    const writer = connectLive(t.hub.url, name, token)
    const coEditor = connectLive(t.hub.url, name, token)
    clients.push(writer, coEditor)
    await Promise.all([writer.synced, coEditor.synced])

    const arriving = Array.from({ length: ARRIVING }, () => connectLive(t.hub.url, name, token))
    clients.push(...arriving)
    const edits = Array.from({ length: 20 }, (_, i) => `第${i}段`)
    for (const edit of edits) {
      planProse(writer.doc, 'situationSummary').insert(0, [new Y.XmlText(edit)])
      await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all(arriving.map((client) => client.synced))
    const everything = summaryOf(writer.doc)
    for (const edit of edits) expect(everything).toContain(edit)
    await eventually(() => summaryOf(coEditor.doc) === everything, 'the co-editor has every edit')
    await eventually(
      () => arriving.every((client) => summaryOf(client.doc) === everything),
      'every arriving device has every edit',
    )
    // And an arriving device's own first edit reaches the others.
    planProse(arriving[0]!.doc, 'situationSummary').insert(0, [new Y.XmlText('新来的')])
    await eventually(() => summaryOf(writer.doc).startsWith('新来的'), 'the writer sees the newcomer')
  })

  it('answers every one of many requests sent at once, in the order the app gives', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => fetch(`${t.hub.url}${API_ROUTES.health}`).then((r) => r.status)),
    )
    expect(answers).toEqual(Array.from({ length: 40 }, () => 200))
  })

  it('stays up when devices reset their sockets while their upgrades wait', async () => {
    const { host, port } = new URL(t.hub.url)
    const resets = Array.from(
      { length: 40 },
      () =>
        new Promise<void>((resolve) => {
          const socket = connect(Number(port), host, () => {
            socket.write(
              `GET /live HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
                'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
              () => {
                socket.resetAndDestroy()
                resolve()
              },
            )
          })
          socket.on('error', () => resolve())
        }),
    )
    await Promise.all(resets)
    expect((await t.request('GET', API_ROUTES.health)).status).toBe(200)
    const { token } = await joinAs(t, f.codes[f.badong.id]!, '巴东组员')
    const device = connectLive(t.hub.url, planDocName(f.workshopId, f.badong.id), token)
    clients.push(device)
    await device.synced
  })
})
