import { describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../shared/live/plan-doc'
import { castDot } from '../../shared/exercises/dot-vote/dot-vote-doc'
import { readSession, setVotesRevealed } from '../../shared/live/session-doc'
import { eventually } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { bearer, useLiveRoom } from '../support/live-room'

describe('starting the dot vote again', () => {
  const room = useLiveRoom()
  const reset = (token?: string) =>
    room.t.request<ApiResponse<'resetDotVotes'>>(
      'POST',
      apiPath(API_ROUTES.dotVotesReset, { workshopId: room.f.workshopId }),
      {},
      bearer(token),
    )

  it("takes every county's dots off and hides the results, for good", async () => {
    const { t, f } = room
    const session = room.open(sessionDocName(f.workshopId), f.facilitatorToken)
    await session.synced
    setVotesRevealed(session.doc, true)
    await session.saved()
    const devices = await Promise.all(
      [f.lueyang, f.badong].map(async (county, index) => {
        const joined = await joinAs(t, f.codes[county.id]!, `组员${index}`)
        const device = room.open(planDocName(f.workshopId, county.id), joined.token)
        await device.synced
        const card = addSwotCard(device.doc, 'weaknesses', '冷链物流薄弱')
        for (let dot = 0; dot <= index; dot++) castDot(device.doc, card, `voter-${index}`, 3)
        await device.saved()
        return device
      }),
    )

    const answer = await reset()
    expect(answer).toMatchObject({ status: 200, body: { dots: 3 } })
    for (const device of devices) {
      await eventually(() => readPlan(device.doc).dotVotes.length === 0, 'the dots to go')
      expect(readPlan(device.doc).swot).toHaveLength(1)
    }
    await eventually(() => !readSession(session.doc).votesRevealed, 'the results to be hidden')

    room.closeClients()
    await t.restart()
    const plan = await t.request<ApiResponse<'getPlan'>>(
      'GET',
      apiPath(API_ROUTES.plan, { workshopId: f.workshopId, countyId: f.lueyang.id }),
    )
    expect(plan.body.dotVotes).toEqual([])
  })

  it('is the facilitator’s alone', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王伟')
    expect((await reset(joined.token)).status).toBe(403)
  })
})
