import { describe, expect, it } from 'vitest'
import { API_CONTRACT } from '../../shared/api/api-contract'
import { apiPath, type ApiRoute } from '../../shared/api/api-routes'
import { planDotResults } from '../../shared/exercises/dot-vote/dot-vote-doc'
import { addProblemNode } from '../../shared/exercises/problem-tree/problem-tree-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import type { Plan } from '../../shared/live/plan-schema'
import { readSession, setDotsPerMember } from '../../shared/live/session-doc'
import { lockKey, sessionLocks } from '../../shared/session/run-state'
import { ballotCalls } from '../support/ballot-client'
import { eventually } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { bearer, useLiveRoom } from '../support/live-room'

describe('secret ballots', () => {
  const room = useLiveRoom()

  /** Lueyang with two written cards, and two members who joined on their own devices. */
  async function lueyangVoting() {
    const { t, f } = room
    const votes = ballotCalls(t, f.workshopId)
    const wang = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const li = await joinAs(t, f.codes[f.lueyang.id]!, '李娜')
    const device = room.open(planDocName(f.workshopId, f.lueyang.id), wang.token)
    await device.synced
    const cold = addSwotCard(device.doc, 'weaknesses', '冷链物流薄弱')
    const market = addProblemNode(device.doc, { kind: 'cause', text: '只能在集市零卖' })!
    await device.saved()
    return { votes, wang, li, device, cold, market, lueyang: f.lueyang.id }
  }

  it('before the reveal, no group device reads another member’s dots, by any route or document', async () => {
    const { votes, wang, li, device, cold, market, lueyang } = await lueyangVoting()
    expect((await votes.set(lueyang, { cardId: cold, dots: 2 }, wang.token)).status).toBe(200)
    expect((await votes.set(lueyang, { cardId: market, dots: 1 }, wang.token)).status).toBe(200)

    // Li's own ballot is empty; Li may not ask for the counts, let alone reveal.
    expect((await votes.read(lueyang, li.token)).body).toMatchObject({ dots: [], used: 0, left: 3 })
    expect((await votes.progress(li.token)).status).toBe(403)
    expect((await votes.reveal(li.token)).status).toBe(403)
    // Every other route a group may read answers without a dot in it.
    for (const [name, route] of Object.entries(API_CONTRACT)) {
      const access: readonly string[] | 'anyone' = route.access
      if (route.method !== 'GET' || access === 'anyone' || !access.includes('group')) continue
      if (name === 'getBallot') continue
      const path = apiPath(
        route.path as ApiRoute,
        { workshopId: room.f.workshopId, countyId: lueyang } as never,
      )
      const answer = await room.t.request('GET', path, undefined, bearer(li.token))
      // The plan's own data file names the card (it is the group's own plan); its dot results must be empty.
      const body = name === 'planJson' ? (answer.body as { plan: Plan }).plan.dotResults : answer.body
      expect({ name, leaks: JSON.stringify(body).includes(cold) }).toEqual({ name, leaks: false })
    }
    // Li's copy of the plan and of the session, as the stock provider syncs them, hold no dot at all.
    const liPlan = room.open(planDocName(room.f.workshopId, lueyang), li.token)
    const liSession = room.open(sessionDocName(room.f.workshopId), li.token)
    await Promise.all([liPlan.synced, liSession.synced])
    await eventually(() => readPlan(liPlan.doc).swot.length === 1, 'Li to have the card')
    expect(readPlan(liPlan.doc).dotResults).toEqual([])
    expect(planDotResults(liPlan.doc).size).toBe(0)
    expect(liPlan.doc.getMap('dotVotes').size).toBe(0)
    expect(JSON.stringify(liSession.doc.toJSON())).not.toContain(cold)
    // Not even the author's own device holds them in the document.
    expect(planDotResults(device.doc).size).toBe(0)
  })

  it('refuses a 4th dot over a limit of 3, and stores nothing of it', async () => {
    const { votes, wang, cold, market, lueyang } = await lueyangVoting()
    expect((await votes.set(lueyang, { cardId: cold, dots: 2 }, wang.token)).body).toMatchObject({
      used: 2,
      left: 1,
    })
    expect((await votes.set(lueyang, { cardId: market, dots: 1 }, wang.token)).body).toMatchObject({
      used: 3,
      left: 0,
    })

    const fourth = await votes.set(lueyang, { cardId: market, dots: 2 }, wang.token)
    expect(fourth.status).toBe(409)
    expect(fourth.body).toMatchObject({ error: { key: 'dotVote.limit' } })
    const tooMany = await votes.set(lueyang, { cardId: cold, dots: 20 }, wang.token)
    expect(tooMany.status).toBe(409)
    expect((await votes.read(lueyang, wang.token)).body).toMatchObject({
      dots: [
        { cardId: cold, count: 2 },
        { cardId: market, count: 1 },
      ].sort((a, b) => (a.cardId < b.cardId ? -1 : 1)),
      used: 3,
    })
    expect((await votes.progress()).body).toContainEqual({ countyId: lueyang, dots: 3, voters: 1 })
  })

  it('takes the voter from the token, never from the body', async () => {
    const { votes, wang, li, cold, lueyang } = await lueyangVoting()
    // Li claims to be five other voters, one after another: every dot lands on Li's own ballot.
    for (const voterId of ['voter-a', 'voter-b', 'voter-c', 'voter-d', 'voter-e']) {
      await votes.set(lueyang, { cardId: cold, dots: 1, voterId, voter: voterId }, li.token)
    }
    expect((await votes.read(lueyang, li.token)).body).toMatchObject({ used: 1 })
    expect((await votes.read(lueyang, wang.token)).body).toMatchObject({ used: 0 })
    expect((await votes.progress()).body).toContainEqual({ countyId: lueyang, dots: 1, voters: 1 })
  })

  it('lets a member change only their own dots, never another member’s', async () => {
    const { votes, wang, li, cold, lueyang } = await lueyangVoting()
    await votes.set(lueyang, { cardId: cold, dots: 3 }, wang.token)
    // Li "takes back" every dot on the card: only Li's own (none) are touched.
    expect((await votes.set(lueyang, { cardId: cold, dots: 0 }, li.token)).status).toBe(200)
    expect((await votes.read(lueyang, wang.token)).body).toMatchObject({ used: 3 })
    // Nor can a group reach another county's ballots, or the facilitator's controls.
    const badong = await joinAs(room.t, room.f.codes[room.f.badong.id]!, '张伟')
    expect((await votes.set(lueyang, { cardId: cold, dots: 0 }, badong.token)).status).toBe(403)
    expect((await votes.read(lueyang, badong.token)).status).toBe(403)
    expect((await votes.reset(li.token)).status).toBe(403)
    expect((await votes.hide(li.token)).status).toBe(403)
    expect((await votes.read(lueyang, wang.token)).body).toMatchObject({ used: 3 })
  })

  it('accepts dots only on a written card of the county’s plan, and only while the dot vote is open', async () => {
    const { votes, wang, cold, lueyang } = await lueyangVoting()
    const unknown = await votes.set(lueyang, { cardId: 'no-such-card-0001', dots: 1 }, wang.token)
    expect(unknown.status).toBe(404)
    expect(unknown.body).toMatchObject({ error: { key: 'dotVote.unknownCard' } })

    const session = room.open(sessionDocName(room.f.workshopId), room.f.facilitatorToken)
    await session.synced
    sessionLocks(session.doc).set(lockKey('dot-vote', lueyang), true)
    await session.saved()
    const closed = await votes.set(lueyang, { cardId: cold, dots: 1 }, wang.token)
    expect(closed.status).toBe(409)
    expect(closed.body).toMatchObject({ error: { key: 'dotVote.closed' } })
    expect((await votes.read(lueyang, wang.token)).body).toMatchObject({ used: 0, closed: 'locked-group' })

    sessionLocks(session.doc).delete(lockKey('dot-vote', lueyang))
    setDotsPerMember(session.doc, 5)
    await session.saved()
    expect((await votes.set(lueyang, { cardId: cold, dots: 5 }, wang.token)).body).toMatchObject({
      used: 5,
      left: 0,
      closed: null,
    })
  })

  it('on reveal publishes each card’s total, equal to the sum of the ballots, and on hide takes them away', async () => {
    const { votes, wang, li, device, cold, market, lueyang } = await lueyangVoting()
    await votes.set(lueyang, { cardId: cold, dots: 2 }, wang.token)
    await votes.set(lueyang, { cardId: market, dots: 1 }, wang.token)
    await votes.set(lueyang, { cardId: cold, dots: 1 }, li.token)
    const session = room.open(sessionDocName(room.f.workshopId), li.token)
    await session.synced

    expect((await votes.reveal()).status).toBe(204)
    const published = [
      { cardId: cold, dots: 3, voters: 2 },
      { cardId: market, dots: 1, voters: 1 },
    ]
    await eventually(() => readPlan(device.doc).dotResults.length === 2, 'the totals to arrive')
    expect(readPlan(device.doc).dotResults).toEqual(published)
    await eventually(() => readSession(session.doc).votesRevealed, 'the results to be shown')

    // While shown, the totals follow a change of vote.
    await votes.set(lueyang, { cardId: market, dots: 2 }, li.token)
    const marketTotal = () => readPlan(device.doc).dotResults.find((result) => result.cardId === market)
    await eventually(() => marketTotal()?.dots === 3, 'the new total')
    expect(marketTotal()).toEqual({ cardId: market, dots: 3, voters: 2 })

    expect((await votes.hide()).status).toBe(204)
    await eventually(() => planDotResults(device.doc).size === 0, 'the totals to go')
    await eventually(() => !readSession(session.doc).votesRevealed, 'the results to be hidden')
    // The ballots themselves stay, for the next reveal.
    expect((await votes.read(lueyang, wang.token)).body).toMatchObject({ used: 3 })
  })
})
