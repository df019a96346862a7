import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { addSwotCard, moveSwotCard, swotCardIds } from '../../shared/exercises/swot/swot-doc'
import { PLAN_SCHEMA_VERSION, planProse, readPlan } from '../../shared/live/plan-doc'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { readSession, setBroadcastMessage } from '../../shared/live/session-doc'
import { inThreadWriter } from '../../electron/hub/store/live-update-writer'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, eventually, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

/** Small deterministic PRNG so a failing run can be replayed from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

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
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []
  const open = (name: string, token: string | null, doc?: Y.Doc) => {
    const client = connectLive(t.hub.url, name, token, doc)
    clients.push(client)
    return client
  }

  beforeEach(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
  })
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy())
    await t.stop()
  })

  it('starts a new plan from the county figures entered at setup', async () => {
    const facilitator = open(planDocName(f.workshopId, f.lueyang.id), f.facilitatorToken)
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
      const name = planDocName(f.workshopId, f.lueyang.id)
      const tokens = await Promise.all(
        ['王', '李', '张'].map((person) => joinAs(t, f.codes[f.lueyang.id]!, person)),
      )
      const devices = tokens.map((joined) => open(name, joined.token))
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

      clients.splice(0).forEach((client) => client.destroy())
      await t.restart()
      const reloaded = open(name, f.facilitatorToken)
      await reloaded.synced
      expect(readPlan(reloaded.doc)).toEqual(expected)
    },
  )

  it('commits an edit to SQLite before acknowledging it', async () => {
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const device = open(planDocName(f.workshopId, f.lueyang.id), joined.token)
    await device.synced
    setDataCardField(device.doc, 'population', 201_900)
    await device.saved()

    const stored = t.hub.store.liveDocs.load(planDocName(f.workshopId, f.lueyang.id))
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
    try {
      const g = await setUpWorkshop(failing)
      const name = planDocName(g.workshopId, g.lueyang.id)
      const device = connectLive(failing.hub.url, name, g.facilitatorToken)
      clients.push(device)
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
      clients.splice(0).forEach((client) => client.destroy())
      await failing.stop()
    }
  })

  it('keeps both sides’ edits when a device goes offline and comes back', async () => {
    const name = planDocName(f.workshopId, f.lueyang.id)
    const [a, b] = await Promise.all([
      joinAs(t, f.codes[f.lueyang.id]!, 'A'),
      joinAs(t, f.codes[f.lueyang.id]!, 'B'),
    ])
    const online = open(name, a.token)
    const roaming = open(name, b.token)
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
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const device = open(planDocName(f.workshopId, f.lueyang.id), joined.token)
    await device.synced
    device.provider.setAwarenessField('user', { name: '王伟', color: '#1677ff' })
    await eventually(
      () => (t.hub.live.presence(f.workshopId).counties[f.lueyang.id] ?? []).length === 1,
      'presence',
    )
    expect(t.hub.live.presence(f.workshopId).counties[f.lueyang.id]).toEqual([
      { name: '王伟', color: '#1677ff', countyId: f.lueyang.id, facilitator: false },
    ])
  })

  it('lets the facilitator broadcast on the session document and every group read it', async () => {
    const joined = await joinAs(t, f.codes[f.badong.id]!, '李')
    const facilitator = open(sessionDocName(f.workshopId), f.facilitatorToken)
    const group = open(sessionDocName(f.workshopId), joined.token)
    await Promise.all([facilitator.synced, group.synced])
    setBroadcastMessage(facilitator.doc, '还有五分钟')
    await eventually(() => readSession(group.doc).message === '还有五分钟', 'broadcast')
  })
})
