import { describe, expect, it } from 'vitest'
import { addProblemNode } from '../../shared/exercises/problem-tree/problem-tree-doc'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { planDocName } from '../../shared/live/doc-names'
import { readPlan } from '../../shared/live/plan-doc'
import { ballotCalls } from '../support/ballot-client'
import { eventually } from '../support/live-client'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

describe('plans written before the secret ballot', () => {
  const room = useLiveRoom()

  it('have their dots moved into the hub’s ballots, once, and the old root emptied', async () => {
    const { t, f } = room
    const votes = ballotCalls(t, f.workshopId)
    // A plan as the previous version stored it: each device's dots under "<cardId>:<voterId>".
    const old = room.open(planDocName(f.workshopId, f.lueyang.id), f.facilitatorToken)
    await old.synced
    const cold = addSwotCard(old.doc, 'weaknesses', '冷链物流薄弱')
    const market = addProblemNode(old.doc, { kind: 'cause', text: '只能在集市零卖' })!
    const dots = old.doc.getMap<unknown>('dotVotes')
    dots.set(`${cold}:device-wang`, 2)
    dots.set(`${market}:device-wang`, 1)
    dots.set(`${cold}:device-li`, 1)
    await old.saved()
    room.closeClients()

    await t.restart()
    expect((await votes.progress()).body).toContainEqual({ countyId: f.lueyang.id, dots: 4, voters: 2 })
    const wang = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const device = room.open(planDocName(f.workshopId, f.lueyang.id), wang.token)
    await device.synced
    expect(device.doc.getMap('dotVotes').size).toBe(0)
    // The moved dots belong to devices no token can speak for: a member starts with a full allowance.
    expect((await votes.read(f.lueyang.id, wang.token)).body).toMatchObject({ used: 0, left: 3 })

    await votes.reveal()
    await eventually(() => readPlan(device.doc).dotResults.length === 2, 'the totals')
    expect(readPlan(device.doc).dotResults).toEqual([
      { cardId: cold, dots: 3, voters: 2 },
      { cardId: market, dots: 1, voters: 1 },
    ])

    // Loaded again after another restart, the plan has nothing left to move: nothing is counted twice.
    room.closeClients()
    await t.restart()
    expect((await votes.progress()).body).toContainEqual({ countyId: f.lueyang.id, dots: 4, voters: 2 })
  })
})
