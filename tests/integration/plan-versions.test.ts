import { afterEach, describe, expect, it } from 'vitest'
import { addSwotCard, deleteSwotCard, setSwotCardText } from '../../shared/exercises/swot/swot-doc'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiErrorBody } from '../../shared/api/api-error'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { PLAN_SCHEMA_VERSION, planMeta, readPlan } from '../../shared/live/plan-doc'
import { goToItem, setExerciseLocked } from '../../shared/session/run-actions'
import type { VersionInfo } from '../../shared/versions/version-schema'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, eventually, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop } from '../support/live-fixture'
import { bearer, useLiveRoom } from '../support/live-room'

/**
 * Versions of a county plan: kept by the hub on the room's moments and by the facilitator by hand,
 * restored live on every connected device, and the facilitator's alone.
 */
describe('versions of a county plan', () => {
  const room = useLiveRoom()

  const versionsPath = (countyId = room.f.lueyang.id) =>
    apiPath(API_ROUTES.planVersions, { workshopId: room.f.workshopId, countyId })
  const restorePath = (versionId: number, countyId = room.f.lueyang.id) =>
    apiPath(API_ROUTES.planVersionRestore, {
      workshopId: room.f.workshopId,
      countyId,
      versionId: String(versionId),
    })

  async function versions(countyId = room.f.lueyang.id): Promise<VersionInfo[]> {
    const answer = await room.t.request<VersionInfo[]>('GET', versionsPath(countyId))
    expect(answer.status).toBe(200)
    return answer.body
  }

  async function member(name: string, countyId = room.f.lueyang.id): Promise<LiveClient> {
    const joined = await joinAs(room.t, room.f.codes[countyId]!, name)
    const client = room.open(planDocName(room.f.workshopId, countyId), joined.token)
    await client.synced
    return client
  }

  async function facilitatorOn(name: string): Promise<LiveClient> {
    const client = room.open(name, room.f.facilitatorToken)
    await client.synced
    return client
  }

  it('restores a version while two devices are connected: both show it live, and the state it replaced is kept', async () => {
    const phone = await member('王芳')
    const laptop = await facilitatorOn(planDocName(room.f.workshopId, room.f.lueyang.id))
    const strength = addSwotCard(phone.doc, 'strengths', '略阳乌鸡地理标志')
    const threat = addSwotCard(phone.doc, 'threats', '禽类疫病风险')
    await phone.saved()

    const saved = await room.t.request<ApiResponse<'savePlanVersion'>>('POST', versionsPath(), {
      label: '小组讨论前',
    })
    expect(saved.status).toBe(201)
    expect(saved.body).toMatchObject({ kind: 'manual', label: '小组讨论前', editors: ['王芳'] })
    const asSaved = readPlan(phone.doc)

    deleteSwotCard(phone.doc, threat)
    setSwotCardText(phone.doc, strength, '冷链物流薄弱')
    addSwotCard(phone.doc, 'opportunities', '平台企业电商扶贫')
    await phone.saved()
    await eventually(() => readPlan(laptop.doc).swot.length === 2, 'the laptop to see the edits')

    const restored = await room.t.request<ApiResponse<'restorePlanVersion'>>(
      'POST',
      restorePath(saved.body.id),
    )
    expect(restored.status).toBe(200)
    for (const device of [phone, laptop]) {
      await eventually(
        () => JSON.stringify(readPlan(device.doc).swot) === JSON.stringify(asSaved.swot),
        'each device to show the restored cards',
      )
    }
    const list = await versions()
    expect(list[0]).toMatchObject({ id: restored.body.keptAs.id, kind: 'before-restore', editors: ['王芳'] })
    expect(list.map((version) => version.id)).toContain(saved.body.id)

    // The state the restore replaced is one restore away.
    const preview = await room.t.request<ApiResponse<'getPlanVersion'>>(
      'GET',
      apiPath(API_ROUTES.planVersion, {
        workshopId: room.f.workshopId,
        countyId: room.f.lueyang.id,
        versionId: String(restored.body.keptAs.id),
      }),
    )
    expect(preview.body.plan.swot.map((card) => card.text).sort()).toEqual([
      '冷链物流薄弱',
      '平台企业电商扶贫',
    ])
    expect(preview.body.changes).toEqual([
      {
        exercise: 'swot',
        parts: [
          {
            part: 'swot',
            added: 1,
            removed: 1,
            changed: 1,
            whole: false,
            addedTexts: ['禽类疫病风险'],
            removedTexts: ['平台企业电商扶贫'],
          },
        ],
      },
    ])
  })

  it('restoring a version kept by an older app leaves the plan at this app’s schema', async () => {
    const laptop = await facilitatorOn(planDocName(room.f.workshopId, room.f.lueyang.id))
    // As an older app left it: the plan one schema version back.
    planMeta(laptop.doc).set('schemaVersion', PLAN_SCHEMA_VERSION - 1)
    await laptop.saved()
    const old = await room.t.request<VersionInfo>('POST', versionsPath(), { label: '旧版本' })
    planMeta(laptop.doc).set('schemaVersion', PLAN_SCHEMA_VERSION)
    addSwotCard(laptop.doc, 'strengths', '略阳乌鸡地理标志')
    await laptop.saved()

    await room.t.request('POST', restorePath(old.body.id))
    await eventually(() => readPlan(laptop.doc).swot.length === 0, 'the restored plan')
    expect(readPlan(laptop.doc).schemaVersion).toBe(PLAN_SCHEMA_VERSION)
  })

  it('keeps a version of the changed plans when an exercise is locked and when the room moves on, and none of an unchanged plan', async () => {
    const phone = await member('李强')
    addSwotCard(phone.doc, 'strengths', '略阳乌鸡地理标志')
    await phone.saved()
    const session = await facilitatorOn(sessionDocName(room.f.workshopId))

    setExerciseLocked(session.doc, 'swot', room.f.lueyang.id, true)
    await session.saved()
    await waitFor(async () => (await versions()).some((version) => version.kind === 'lock'), 'a lock version')
    expect((await versions())[0]).toMatchObject({ kind: 'lock', editors: ['李强'] })

    // Nothing changed since the lock: moving on keeps no version of Lueyang's plan.
    goToItem(session.doc, { id: 'item-opening-00', kind: 'swot', title: '', plannedMinutes: 20 })
    await session.saved()
    addSwotCard(phone.doc, 'weaknesses', '冷链物流薄弱') // refused: SWOT is locked for Lueyang
    setExerciseLocked(session.doc, 'swot', room.f.lueyang.id, false)
    await session.saved()
    await phone.saved()
    addSwotCard(phone.doc, 'weaknesses', '山区物流成本高')
    await phone.saved()
    goToItem(session.doc, { id: 'item-swot-0000', kind: 'swot', title: '', plannedMinutes: 20 })
    await session.saved()
    await waitFor(
      async () => (await versions()).some((version) => version.kind === 'agenda'),
      'an agenda version',
    )
    expect((await versions()).map((version) => version.kind)).toEqual(['agenda', 'lock'])
    // Badong's plan was never written: it has no version.
    expect(await versions(room.f.badong.id)).toEqual([])

    const docName = planDocName(room.f.workshopId, room.f.lueyang.id)
    expect(await room.t.hub.live.versions.keep(docName, 'auto')).toBeNull()
  })

  it('keeps an automatic version every few minutes of changes, and only when the plan changed', async () => {
    const docName = planDocName(room.f.workshopId, room.f.lueyang.id)
    const phone = await member('张伟')
    addSwotCard(phone.doc, 'strengths', '略阳乌鸡地理标志')
    await phone.saved()
    const first = await room.t.hub.live.versions.keep(docName, 'auto')
    expect(first).toMatchObject({ kind: 'auto', editors: ['张伟'] })
    expect(await room.t.hub.live.versions.keep(docName, 'auto')).toBeNull()
    addSwotCard(phone.doc, 'threats', '禽类疫病风险')
    await phone.saved()
    const second = await room.t.hub.live.versions.keep(docName, 'auto')
    expect(second!.bytes).toBeLessThan(first!.bytes)
  })

  it('is the facilitator’s alone: a group token or a request without the credential is refused with a sentence', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王芳')
    const attempts = [
      ['GET', versionsPath(), bearer(joined.token)],
      ['POST', versionsPath(), bearer(joined.token)],
      ['POST', restorePath(1), bearer(joined.token)],
      ['POST', versionsPath(), { authorization: '' }],
      ['POST', restorePath(1), { authorization: '' }],
    ] as const
    for (const [method, path, headers] of attempts) {
      const answer = await room.t.request<ApiErrorBody>(method, path, method === 'POST' ? {} : undefined, {
        ...headers,
        'accept-language': 'en',
      })
      expect([401, 403], `${method} ${path}`).toContain(answer.status)
      expect(answer.body.error.message).toMatch(/^[A-Z].+\.$/)
    }
    expect(await versions()).toEqual([])
  })
})

/** Polls an asynchronous condition (a REST read) until it holds. */
async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('automatic versions while a plan changes', () => {
  let t: TestHub | undefined
  const devices: LiveClient[] = []
  afterEach(async () => {
    devices.splice(0).forEach((device) => device.destroy())
    await t?.stop()
    t = undefined
  })

  it('keeps one on the interval after a member’s edits, naming them, and none while nothing changes', async () => {
    // A short interval instead of five minutes; what is checked is which versions exist, not when.
    t = await startTestHub({ versionIntervalMs: 50 })
    const f = await setUpWorkshop(t)
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '赵敏')
    const phone = connectLive(t.hub.url, planDocName(f.workshopId, f.lueyang.id), joined.token)
    devices.push(phone)
    await phone.synced
    addSwotCard(phone.doc, 'strengths', '略阳乌鸡地理标志')
    await phone.saved()
    const path = apiPath(API_ROUTES.planVersions, { workshopId: f.workshopId, countyId: f.lueyang.id })
    const list = async () => (await t!.request<VersionInfo[]>('GET', path)).body
    await waitFor(async () => (await list()).length > 0, 'an automatic version')
    expect(await list()).toMatchObject([{ kind: 'auto', editors: ['赵敏'], facilitatorEdited: false }])

    // Another edit: exactly one more, whatever number of intervals passed in between.
    addSwotCard(phone.doc, 'threats', '禽类疫病风险')
    await phone.saved()
    await waitFor(async () => (await list()).length > 1, 'a second automatic version')
    await waitFor(
      async () =>
        t!.hub.live.versions
          .keep(planDocName(f.workshopId, f.lueyang.id), 'auto')
          .then((kept) => kept === null),
      'nothing left to keep',
    )
    expect((await list()).map((version) => version.kind)).toEqual(['auto', 'auto'])
  })
})
