import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath, type ApiResponses } from '../../shared/api/api-routes'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { addSwotCard, readPlan } from '../../shared/live/plan-doc'
import { castDot } from '../../shared/live/plan-dot-votes'
import { readSession, setVotesRevealed } from '../../shared/live/session-doc'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, eventually, type LiveClient } from '../support/live-client'
import { joinAs, setUpWorkshop, type LiveFixture } from '../support/live-fixture'

describe('starting the dot vote again', () => {
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []
  const open = (name: string, token: string) => {
    const client = connectLive(t.hub.url, name, token)
    clients.push(client)
    return client
  }
  const reset = (token?: string) =>
    t.request<ApiResponses['dotVotesReset']>(
      'POST',
      apiPath(API_ROUTES.dotVotesReset, { workshopId: f.workshopId }),
      {},
      token ? { authorization: `Bearer ${token}` } : {},
    )

  beforeEach(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
  })
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy())
    await t.stop()
  })

  it("takes every county's dots off and hides the results, for good", async () => {
    const session = open(sessionDocName(f.workshopId), f.facilitatorToken)
    await session.synced
    setVotesRevealed(session.doc, true)
    await session.saved()
    const devices = await Promise.all(
      [f.lueyang, f.badong].map(async (county, index) => {
        const joined = await joinAs(t, f.codes[county.id]!, `组员${index}`)
        const device = open(planDocName(f.workshopId, county.id), joined.token)
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

    clients.splice(0).forEach((client) => client.destroy())
    await t.restart()
    const plan = await t.request<ApiResponses['plan']>(
      'GET',
      apiPath(API_ROUTES.plan, { workshopId: f.workshopId, countyId: f.lueyang.id }),
    )
    expect(plan.body.dotVotes).toEqual([])
  })

  it('is the facilitator’s alone', async () => {
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    expect((await reset(joined.token)).status).toBe(403)
  })
})
