import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planDocName } from '../../shared/live/doc-names'
import { PLAN_SCHEMA_VERSION, readPlan } from '../../shared/live/plan-doc'
import { eventually, type LiveClient } from '../support/live-client'
import { useLiveRoom } from '../support/live-room'

/**
 * No stored write can make a county's plan unloadable: what fails the hub's check on loading is set
 * aside (kept, never deleted), the plan loads from its last good state, and the facilitator is told.
 */
describe('a plan always loads', () => {
  const room = useLiveRoom()
  let lines: string[]

  beforeEach(() => {
    lines = []
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')))
  })
  afterEach(() => vi.restoreAllMocks())

  const lueyangPlan = () => planDocName(room.f.workshopId, room.f.lueyang.id)

  async function facilitator(): Promise<LiveClient> {
    const client = room.open(lueyangPlan(), room.f.facilitatorToken)
    await client.synced
    return client
  }

  /** Closes every client and waits until the hub has unloaded (and compacted) the plan. */
  async function unload(): Promise<void> {
    room.closeClients()
    await eventually(() => !room.t.hub.live.hocuspocus.documents.has(lueyangPlan()), 'the plan unloaded')
  }

  /** The change `edit` makes to a copy of the plan as stored, as an update. */
  function changeTo(state: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(state))
    const before = Y.encodeStateVector(copy)
    edit(copy)
    return Y.encodeStateAsUpdate(copy, before)
  }

  const quarantine = () =>
    room.t.hub.store.db
      .prepare('SELECT kind, reason FROM live_doc_quarantine WHERE doc_name = ? ORDER BY id')
      .all(lueyangPlan()) as { kind: string; reason: string }[]

  it('sets aside the logged update that makes it fail, keeping the edits before and after it', async () => {
    const first = await facilitator()
    addSwotCard(first.doc, 'strengths', '乌鸡地理标志')
    await first.saved()
    const stored = first.doc
    const damage = changeTo(stored, (doc) => doc.getMap('meta').set('schemaVersion', 99))
    const later = changeTo(stored, (doc) => addSwotCard(doc, 'opportunities', '电商平台'))
    await unload()
    // As a hub without the write rules would have logged them.
    const append = room.t.hub.store.db.prepare(
      "INSERT INTO live_doc_updates (doc_name, data, created_at) VALUES (?, ?, '2018-03-01T10:00:00Z')",
    )
    for (const update of [damage, later]) append.run(lueyangPlan(), Buffer.from(update))

    const again = await facilitator()
    const plan = readPlan(again.doc)
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION)
    expect(plan.swot.map((card) => card.text).sort()).toEqual(['乌鸡地理标志', '电商平台'].sort())
    expect(quarantine()).toEqual([{ kind: 'update', reason: expect.stringContaining('99') }])
    const notice = lines.filter((line) => line.includes('略阳县'))
    expect(notice).toHaveLength(1)
    expect(notice[0]).toContain('1 stored change that broke it set aside')

    // Still editable, and the next load is clean: nothing more is set aside, no second notice.
    addSwotCard(again.doc, 'threats', '禽类疫病')
    await again.saved()
    await unload()
    expect(readPlan((await facilitator()).doc).swot).toHaveLength(3)
    expect(quarantine()).toHaveLength(1)
    expect(lines.filter((line) => line.includes('略阳县'))).toHaveLength(1)
  })

  it('repairs a saved state that already holds a version from the future, keeping the original aside', async () => {
    const first = await facilitator()
    addSwotCard(first.doc, 'strengths', '乌鸡地理标志')
    // The facilitator's own connection is not checked; it stands for a hub before the write rules.
    first.doc.getMap('meta').set('schemaVersion', 99)
    await first.saved()
    await unload()

    const again = await facilitator()
    expect(readPlan(again.doc)).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      swot: [{ text: '乌鸡地理标志' }],
      info: { status: 'draft' },
    })
    expect(quarantine()).toEqual([{ kind: 'snapshot', reason: expect.stringContaining('newer') }])
    expect(lines.find((line) => line.includes('略阳县'))).toContain('its saved state repaired')
  })
})
