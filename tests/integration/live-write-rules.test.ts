import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { setCoreProblem } from '../../shared/exercises/problem-tree/problem-tree-doc'
import { setPlanStatus } from '../../shared/exercises/sign-off/sign-off-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { PLAN_SCHEMA_VERSION, readPlan } from '../../shared/live/plan-doc'
import { parseRefusedWrite, type RefusedWrite } from '../../shared/live/refused-write'
import type { ExerciseKind } from '../../shared/program/exercise-kinds'
import { setExerciseLocked } from '../../shared/session/run-actions'
import { DATABASE_FILE_NAME } from '../../electron/hub/store/open-database'
import { eventually, type LiveClient } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

/**
 * The room's rules are kept by the hub, against the stock provider: what a group may not write is not
 * stored, not relayed, taken back on the author's own device, and the author is told what and why.
 */
describe('the hub keeps the rules of the room on group writes', () => {
  const room = useLiveRoom()

  /** The 'refused' messages a device receives. */
  function refusals(client: LiveClient): RefusedWrite[] {
    const received: RefusedWrite[] = []
    client.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = parseRefusedWrite(payload)
      if (message) received.push(message)
    })
    return received
  }

  /** Everything a device receives from the hub, as raw updates (to prove a text never reached it). */
  function received(client: LiveClient): Uint8Array[] {
    const updates: Uint8Array[] = []
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === client.provider) updates.push(update)
    })
    return updates
  }

  const contains = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text))

  async function device(countyId: string, name: string): Promise<LiveClient> {
    const { t, f } = room
    const joined = await joinAs(t, f.codes[countyId]!, name)
    const client = room.open(planDocName(f.workshopId, countyId), joined.token)
    await client.synced
    return client
  }

  async function facilitatorOn(name: string): Promise<LiveClient> {
    const client = room.open(name, room.f.facilitatorToken)
    await client.synced
    return client
  }

  async function lock(kind: ExerciseKind, countyId: string | null): Promise<void> {
    const session = await facilitatorOn(sessionDocName(room.f.workshopId))
    setExerciseLocked(session.doc, kind, countyId, true)
    await session.saved()
  }

  /** The plan as a device opening it now reads it (what the hub holds). */
  async function planOnHub(countyId: string) {
    const reader = await facilitatorOn(planDocName(room.f.workshopId, countyId))
    const plan = readPlan(reader.doc)
    reader.destroy()
    return plan
  }

  /** Whether the text is anywhere in the data folder's database files (after the hub committed). */
  function onDisk(text: string): boolean {
    const base = join(room.t.dataDir, DATABASE_FILE_NAME)
    return [base, `${base}-wal`].some((file) => existsSync(file) && contains(readFileSync(file), text))
  }

  it('a SWOT card written while SWOT is locked for all: not stored, not relayed, reverted, and told', async () => {
    const { f } = room
    const [wang, li] = [await device(f.lueyang.id, '王伟'), await device(f.lueyang.id, '李明')]
    const toWang = refusals(wang)
    const toLi = received(li)
    await lock('swot', null)

    const text = '乌鸡品牌锁定后写入'
    addSwotCard(wang.doc, 'strengths', text)
    await eventually(() => toWang.length === 1, 'the refusal')
    expect(toWang[0]).toEqual({ type: 'refused', exercises: ['swot'], reason: 'locked', texts: [text] })
    // Acknowledged, so the device never keeps "saving"; and its own copy no longer shows the card.
    await wang.saved()
    await eventually(() => readPlan(wang.doc).swot.length === 0, 'the card taken back on the sender')

    expect((await planOnHub(f.lueyang.id)).swot).toEqual([])
    expect(readPlan(li.doc).swot).toEqual([])
    expect(toLi.some((update) => contains(update, text))).toBe(false)
    await room.t.restart()
    expect(onDisk(text)).toBe(false)
  })

  it('the core problem while the problem tree is locked for that county only; another county is unaffected', async () => {
    const { f } = room
    const lueyang = await device(f.lueyang.id, '王伟')
    const badong = await device(f.badong.id, '张华')
    const toLueyang = refusals(lueyang)
    const toBadong = refusals(badong)
    await lock('problem-tree', f.lueyang.id)

    setCoreProblem(lueyang.doc, '物流成本高')
    setCoreProblem(badong.doc, '产业基础薄弱')
    await Promise.all([lueyang.saved(), badong.saved()])
    await eventually(() => toLueyang.length === 1, 'the refusal')
    expect(toLueyang[0]).toMatchObject({
      exercises: ['problem-tree'],
      reason: 'locked',
      texts: ['物流成本高'],
    })
    await eventually(() => readPlan(lueyang.doc).problemTree.coreProblem === '', 'the sender reverted')

    expect((await planOnHub(f.lueyang.id)).problemTree.coreProblem).toBe('')
    expect((await planOnHub(f.badong.id)).problemTree.coreProblem).toBe('产业基础薄弱')
    expect(toBadong).toEqual([])
  })

  it('a group marking its own plan final is refused: only the facilitator may', async () => {
    const { f } = room
    const wang = await device(f.lueyang.id, '王伟')
    const toWang = refusals(wang)
    setPlanStatus(wang.doc, 'final')
    await wang.saved()
    await eventually(() => toWang.length === 1, 'the refusal')
    expect(toWang[0]).toMatchObject({ exercises: ['sign-off'], reason: 'facilitator-only' })
    await eventually(() => readPlan(wang.doc).info.status === 'draft', 'the sender back to draft')
    expect((await planOnHub(f.lueyang.id)).info.status).toBe('draft')
  })

  it('a group setting meta.schemaVersion to 99 is refused, and the plan still loads after a restart', async () => {
    const { f } = room
    const wang = await device(f.lueyang.id, '王伟')
    const toWang = refusals(wang)
    wang.doc.getMap('meta').set('schemaVersion', 99)
    await wang.saved()
    await eventually(() => toWang.length === 1, 'the refusal')
    expect(toWang[0]).toMatchObject({ exercises: [], reason: 'facilitator-only' })
    await eventually(
      () => wang.doc.getMap('meta').get('schemaVersion') === PLAN_SCHEMA_VERSION,
      'the sender back to the real version',
    )

    room.closeClients()
    await room.t.restart()
    const again = await device(f.lueyang.id, '王伟')
    expect(readPlan(again.doc).schemaVersion).toBe(PLAN_SCHEMA_VERSION)
  })

  it('a root that is no part of a plan is refused as invalid', async () => {
    const { f } = room
    const wang = await device(f.lueyang.id, '王伟')
    const toWang = refusals(wang)
    wang.doc.getMap('votesSecret').set('x', '伪造的投票')
    await wang.saved()
    await eventually(() => toWang.length === 1, 'the refusal')
    expect(toWang[0]).toEqual({ type: 'refused', exercises: [], reason: 'invalid', texts: ['伪造的投票'] })
    const reader = await facilitatorOn(planDocName(f.workshopId, f.lueyang.id))
    expect(reader.doc.getMap('votesSecret').size).toBe(0)
  })

  it("the facilitator's writes pass, locked exercise and final mark included", async () => {
    const { f } = room
    await lock('swot', null)
    const facilitator = await facilitatorOn(planDocName(f.workshopId, f.lueyang.id))
    addSwotCard(facilitator.doc, 'threats', '主持人补充：疫病风险')
    setPlanStatus(facilitator.doc, 'final')
    await facilitator.saved()
    const plan = await planOnHub(f.lueyang.id)
    expect(plan.swot.map((card) => card.text)).toEqual(['主持人补充：疫病风险'])
    expect(plan.info.status).toBe('final')
  })

  it('an exercise that is not locked still syncs at once to the other device, in the same update as a refused part', async () => {
    const { f } = room
    const [wang, li] = [await device(f.lueyang.id, '王伟'), await device(f.lueyang.id, '李明')]
    const toWang = refusals(wang)
    await lock('swot', null)

    setDataCardField(wang.doc, 'remainingPoorPeople', 31_000)
    await eventually(() => readPlan(li.doc).dataCard.remainingPoorPeople === 31_000, 'the figure on the peer')
    wang.doc.transact(() => {
      setDataCardField(wang.doc, 'population', 200_000)
      addSwotCard(wang.doc, 'weaknesses', '冷链不足')
    })
    await wang.saved()
    await eventually(() => readPlan(li.doc).dataCard.population === 200_000, 'the unlocked part on the peer')
    expect(readPlan(li.doc).swot).toEqual([])
    expect(toWang).toHaveLength(1)
    const same = () => JSON.stringify(readPlan(wang.doc)) === JSON.stringify(readPlan(li.doc))
    await eventually(same, 'both devices on the same plan')
  })
})
