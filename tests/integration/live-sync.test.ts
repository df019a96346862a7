import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { addSwotCard, moveSwotCard, swotCardIds } from '../../shared/exercises/swot/swot-doc'
import { PLAN_SCHEMA_VERSION, planProse, readPlan } from '../../shared/live/plan-doc'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { readSession, setBroadcastMessage } from '../../shared/live/session-doc'
import { inThreadWriter } from '../../electron/hub/store/live-update-writer'
import { startTestHub } from '../support/hub-client'
import { connectLive, eventually, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop } from '../support/live-fixture'
import { mulberry32 } from '../support/prng'
import { useLiveRoom } from '../support/live-room'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Types into the first paragraph of the situation summary the way the editor binding would. */
function typeSummary(doc: Y.Doc, text: string, at: (length: number) => number): void {
  const fragment = planProse(doc, 'situationSummary')
  doc.transact(() => {
    let paragraph = fragment.get(0) as Y.XmlElement | undefined
    if (!paragraph) {
      paragraph = new Y.XmlElement('paragraph')
      fragment.insert(0, [paragraph])
    }
    let textNode = paragraph.get(0) as Y.XmlText | undefined
    if (!textNode) {
      textNode = new Y.XmlText()
      paragraph.insert(0, [textNode])
    }
    textNode.insert(at(textNode.length), text)
  })
}

describe('live county plans', () => {
  const room = useLiveRoom()

  it('starts a new plan from the county figures entered at setup', async () => {
    const facilitator = room.open(planDocName(room.f.workshopId, room.f.lueyang.id), room.f.facilitatorToken)
    await facilitator.synced
    const plan = readPlan(facilitator.doc)
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION)
    expect(plan.dataCard).toMatchObject({
      registeredPoorHouseholds: 13255,
      registeredPoorPeople: 42996,
      remainingPoorPeople: 32000,
    })
  })

  it.each([1, 2, 3, 4, 5])(
    'three devices editing text, figures and card order at once converge, and reload the same from SQLite (seed %i)',
    async (seed) => {
      const random = mulberry32(seed)
      const name = planDocName(room.f.workshopId, room.f.lueyang.id)
      const tokens = await Promise.all(
        ['王', '李', '张'].map((person) => joinAs(room.t, room.f.codes[room.f.lueyang.id]!, person)),
      )
      const devices = tokens.map((joined) => room.open(name, joined.token))
      await Promise.all(devices.map((device) => device.synced))

      const first = devices[0]!.doc
      const cards = ['电商', '乌鸡', '物流', '培训'].map((text) => addSwotCard(first, 'strengths', text))
      await devices[0]!.saved()
      await eventually(
        () => devices.every((d) => swotCardIds(d.doc, 'strengths').length === 4),
        'cards everywhere',
      )

      await Promise.all(
        devices.map(async (device, index) => {
          for (let step = 0; step < 25; step++) {
            const action = random()
            if (action < 0.4) {
              typeSummary(device.doc, `${index}${step}`, (length) => Math.floor(random() * (length + 1)))
            } else if (action < 0.7) {
              setDataCardField(device.doc, 'population', Math.floor(random() * 500_000))
            } else {
              const quadrants = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
              const card = cards[Math.floor(random() * cards.length)]!
              moveSwotCard(device.doc, card, quadrants[Math.floor(random() * 4)]!)
            }
            await sleep(Math.floor(random() * 8))
          }
        }),
      )
      await Promise.all(devices.map((device) => device.saved()))
      const expected = readPlan(first)
      await eventually(
        () =>
          devices.every((device) => JSON.stringify(readPlan(device.doc)) === JSON.stringify(readPlan(first))),
        'convergence',
      )
      expect(readPlan(devices[1]!.doc)).toEqual(readPlan(first))
      expect(readPlan(first).swot).toHaveLength(4)

      room.closeClients()
      await room.t.restart()
      const reloaded = room.open(name, room.f.facilitatorToken)
      await reloaded.synced
      expect(readPlan(reloaded.doc)).toEqual(expected)
    },
  )

  it('commits an edit to SQLite before acknowledging it', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王伟')
    const device = room.open(planDocName(room.f.workshopId, room.f.lueyang.id), joined.token)
    await device.synced
    setDataCardField(device.doc, 'population', 201_900)
    await device.saved()

    const stored = room.t.hub.store.liveDocs.load(planDocName(room.f.workshopId, room.f.lueyang.id))
    const fromDisk = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(fromDisk, stored.snapshot)
    stored.updates.forEach((update) => Y.applyUpdate(fromDisk, update))
    expect(readPlan(fromDisk).dataCard.population).toBe(201_900)
  })

  it('never acknowledges an edit the disk refused, and stores it once the disk accepts it again', async () => {
    // A hub whose update writer fails once, like a full disk, then recovers.
    let failures = 0
    const failing = await startTestHub({
      createLiveWriter: (store) => {
        const writer = inThreadWriter(store.liveDocs)
        return {
          write: (entries) =>
            failures++ === 0
              ? Promise.reject(new Error('SQLITE_FULL: database or disk is full'))
              : writer.write(entries),
          close: writer.close,
        }
      },
    })
    const quiet = console.error
    console.error = () => undefined
    let device: LiveClient | undefined
    try {
      const g = await setUpWorkshop(failing)
      const name = planDocName(g.workshopId, g.lueyang.id)
      device = connectLive(failing.hub.url, name, g.facilitatorToken)
      await device.synced
      failures = 0
      setDataCardField(device.doc, 'population', 201_900)
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(device.provider.unsyncedChanges).toBeGreaterThan(0)
      await device.saved()
      expect(failures).toBe(2)
      const stored = failing.hub.store.liveDocs.load(name)
      const fromDisk = new Y.Doc()
      if (stored.snapshot) Y.applyUpdate(fromDisk, stored.snapshot)
      stored.updates.forEach((update) => Y.applyUpdate(fromDisk, update))
      expect(readPlan(fromDisk).dataCard.population).toBe(201_900)
    } finally {
      console.error = quiet
      device?.destroy()
      await failing.stop()
    }
  })

  it('keeps both sides’ edits when a device goes offline and comes back', async () => {
    const name = planDocName(room.f.workshopId, room.f.lueyang.id)
    const [a, b] = await Promise.all([
      joinAs(room.t, room.f.codes[room.f.lueyang.id]!, 'A'),
      joinAs(room.t, room.f.codes[room.f.lueyang.id]!, 'B'),
    ])
    const online = room.open(name, a.token)
    const roaming = room.open(name, b.token)
    await Promise.all([online.synced, roaming.synced])

    await roaming.disconnect()
    addSwotCard(roaming.doc, 'weaknesses', '冷链不足')
    addSwotCard(online.doc, 'opportunities', '东西部协作')
    await online.saved()
    expect(roaming.provider.unsyncedChanges).toBeGreaterThan(0)

    await roaming.reconnect()
    await roaming.saved()
    const texts = (doc: Y.Doc) =>
      readPlan(doc)
        .swot.map((card) => card.text)
        .sort()
    await eventually(() => texts(online.doc).length === 2 && texts(roaming.doc).length === 2, 'merge')
    expect(texts(online.doc)).toEqual(['东西部协作', '冷链不足'])
    expect(texts(roaming.doc)).toEqual(texts(online.doc))
  })

  it('shows who is connected to which county to the facilitator', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王伟')
    const device = room.open(planDocName(room.f.workshopId, room.f.lueyang.id), joined.token)
    await device.synced
    device.provider.setAwarenessField('user', { name: '王伟', color: '#1677ff' })
    await eventually(
      () => (room.t.hub.live.presence(room.f.workshopId).counties[room.f.lueyang.id] ?? []).length === 1,
      'presence',
    )
    expect(room.t.hub.live.presence(room.f.workshopId).counties[room.f.lueyang.id]).toEqual([
      { name: '王伟', color: '#1677ff', countyId: room.f.lueyang.id, facilitator: false },
    ])
  })

  it('lets the facilitator broadcast on the session document and every group read it', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.badong.id]!, '李')
    const facilitator = room.open(sessionDocName(room.f.workshopId), room.f.facilitatorToken)
    const group = room.open(sessionDocName(room.f.workshopId), joined.token)
    await Promise.all([facilitator.synced, group.synced])
    setBroadcastMessage(facilitator.doc, '还有五分钟')
    await eventually(() => readSession(group.doc).message === '还有五分钟', 'broadcast')
  })
})
