import { describe, expect, it } from 'vitest'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { convertMatchToAction } from '../../shared/exercises/action-plan/action-from-match'
import { addMilestone } from '../../shared/exercises/action-plan/action-parts-doc'
import { linkActionToIndicator } from '../../shared/exercises/action-plan/action-plan-doc'
import { addSwotCard, moveSwotCard, swotCardIds } from '../../shared/exercises/swot/swot-doc'
import { PLAN_SCHEMA_VERSION, readPlan } from '../../shared/live/plan-doc'
import { addIndicator } from '../../shared/exercises/target-setting/target-setting-doc'
import { addMatch, addNeed } from '../../shared/exercises/resource-matching/resource-matching-doc'
import { readSession, SESSION_SCHEMA_VERSION } from '../../shared/live/session-doc'
import { DEFAULT_RESOURCES } from '../../shared/resources/default-resources'
import { eventually, type LiveClient } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

/** The structured exercises' documents through a real hub: two officials of one county at once. */
describe('structured exercises, live', () => {
  const room = useLiveRoom()
  const same = (a: LiveClient, b: LiveClient) =>
    JSON.stringify(readPlan(a.doc)) === JSON.stringify(readPlan(b.doc))

  const twoOfficials = async () => {
    const name = planDocName(room.f.workshopId, room.f.lueyang.id)
    const [wang, li] = await Promise.all(
      ['王', '李'].map((person) => joinAs(room.t, room.f.codes[room.f.lueyang.id]!, person)),
    )
    const devices = [room.open(name, wang!.token), room.open(name, li!.token)] as const
    await Promise.all(devices.map((device) => device.synced))
    return devices
  }

  it('the hub brings the session document to v2 with the dot-vote settings', async () => {
    const facilitator = room.open(sessionDocName(room.f.workshopId), room.f.facilitatorToken)
    await facilitator.synced
    expect(readSession(facilitator.doc)).toMatchObject({
      schemaVersion: SESSION_SCHEMA_VERSION,
      dotsPerMember: 3,
      votesRevealed: false,
    })
  })

  it('two people drag the same SWOT card to different quadrants at once: one card, same place on both', async () => {
    const [a, b] = await twoOfficials()
    const card = addSwotCard(a.doc, 'strengths', '乌鸡地理标志')
    addSwotCard(a.doc, 'opportunities', '平台合作')
    await a.saved()
    await eventually(() => swotCardIds(b.doc, 'strengths').includes(card), 'card on the second device')

    await Promise.all([a.disconnect(), b.disconnect()])
    moveSwotCard(a.doc, card, 'weaknesses')
    moveSwotCard(b.doc, card, 'opportunities', swotCardIds(b.doc, 'opportunities')[0]!)
    await Promise.all([a.reconnect(), b.reconnect()])
    await Promise.all([a.saved(), b.saved()])
    await eventually(() => same(a, b), 'convergence')

    const swot = readPlan(a.doc).swot
    expect(swot.filter((entry) => entry.id === card)).toHaveLength(1)
    expect(swot).toHaveLength(2)
  })

  it('a match converted to an action keeps its links, on both devices and after a restart', async () => {
    const [a, b] = await twoOfficials()
    const need = addNeed(a.doc, { kind: 'product', text: '乌鸡网上销售' })
    const match = addMatch(a.doc, need, DEFAULT_RESOURCES[0]!, { owner: '县商务局', commitment: '开设网店' })
    const indicator = addIndicator(a.doc, { name: '脱贫人口', kind: 'people-lifted' })
    await a.saved()
    await eventually(() => readPlan(b.doc).matches.length === 1, 'match on the second device')

    const action = convertMatchToAction(b.doc, match, 'zh-CN')!
    linkActionToIndicator(b.doc, action, indicator)
    addMilestone(b.doc, action, { title: '网店上线', date: '2018-06-30' })
    await b.saved()
    await eventually(() => same(a, b), 'convergence')

    const expected = {
      id: action,
      matchId: match,
      needText: '乌鸡网上销售',
      resourceTitle: DEFAULT_RESOURCES[0]!.title,
      owner: '县商务局',
      description: ['开设网店'],
      indicatorIds: [indicator],
    }
    expect(readPlan(a.doc).actions).toMatchObject([expected])

    room.closeClients()
    await room.t.restart()
    const reloaded = room.open(planDocName(room.f.workshopId, room.f.lueyang.id), room.f.facilitatorToken)
    await reloaded.synced
    expect(readPlan(reloaded.doc).actions).toMatchObject([expected])
    expect(readPlan(reloaded.doc).schemaVersion).toBe(PLAN_SCHEMA_VERSION)
  })
})
