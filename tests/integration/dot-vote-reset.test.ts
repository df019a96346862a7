import { describe, expect, it } from 'vitest'
import { planDotResults } from '../../shared/exercises/dot-vote/dot-vote-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planDocName, sessionDocName } from '../../shared/live/doc-names'
import { readSession } from '../../shared/live/session-doc'
import { ballotCalls } from '../support/ballot-client'
import { eventually } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

describe('starting the dot vote again', () => {
  const room = useLiveRoom()

  it("takes every county's dots off and hides the results, for good", async () => {
    const { t, f } = room
    const votes = ballotCalls(t, f.workshopId)
    const session = room.open(sessionDocName(f.workshopId), f.facilitatorToken)
    await session.synced
    const devices = await Promise.all(
      [f.lueyang, f.badong].map(async (county, index) => {
        const joined = await joinAs(t, f.codes[county.id]!, `组员${index}`)
        const device = room.open(planDocName(f.workshopId, county.id), joined.token)
        await device.synced
        const card = addSwotCard(device.doc, 'weaknesses', '冷链物流薄弱')
        await device.saved()
        expect((await votes.set(county.id, { cardId: card, dots: index + 1 }, joined.token)).status).toBe(200)
        return { device, county, token: joined.token }
      }),
    )
    await votes.reveal()
    for (const { device } of devices)
      await eventually(() => planDotResults(device.doc).size === 1, 'the totals')

    const answer = await votes.reset()
    expect(answer).toMatchObject({ status: 200, body: { dots: 3 } })
    for (const { device } of devices) {
      await eventually(() => planDotResults(device.doc).size === 0, 'the totals to go')
    }
    await eventually(() => !readSession(session.doc).votesRevealed, 'the results to be hidden')

    room.closeClients()
    await t.restart()
    for (const { county, token } of devices) {
      expect((await votes.read(county.id, token)).body).toMatchObject({ dots: [], used: 0 })
    }
    expect((await votes.progress()).body.map((county) => county.dots)).toEqual([0, 0])
  })

  it('is the facilitator’s alone', async () => {
    const joined = await joinAs(room.t, room.f.codes[room.f.lueyang.id]!, '王伟')
    expect((await ballotCalls(room.t, room.f.workshopId).reset(joined.token)).status).toBe(403)
  })
})
