import { describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { planDocName } from '../../shared/live/doc-names'
import { setDataCardField } from '../../shared/exercises/county-data-card/county-data-card-doc'
import { joinAs } from '../support/live-fixture'
import { bearer, useLiveRoom } from '../support/live-room'

describe("the hub's record of when each plan was last edited", () => {
  const room = useLiveRoom()
  const planEdits = (token?: string) =>
    room.t.request<ApiResponse<'getPlanEdits'>>(
      'GET',
      apiPath(API_ROUTES.planEdits, { workshopId: room.f.workshopId }),
      undefined,
      bearer(token),
    )

  it('knows the time of the latest edit of each county after the hub restarts', async () => {
    const { t, f } = room
    // Opening the plans creates them (the hub writes their first structure): that is nobody's edit.
    const watchers = [f.lueyang.id, f.badong.id].map((countyId) =>
      room.open(planDocName(f.workshopId, countyId), f.facilitatorToken),
    )
    await Promise.all(watchers.map((watcher) => watcher.synced))
    expect((await planEdits()).body).toEqual({ lastEditAt: {} })

    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    const device = room.open(planDocName(f.workshopId, f.lueyang.id), joined.token)
    await device.synced
    const before = new Date().toISOString()
    setDataCardField(device.doc, 'population', 200_000)
    await device.saved()
    const after = new Date().toISOString()

    const edited = (await planEdits()).body.lastEditAt
    expect(Object.keys(edited)).toEqual([f.lueyang.id])
    expect(edited[f.lueyang.id]! >= before && edited[f.lueyang.id]! <= after).toBe(true)

    room.closeClients()
    await t.restart()
    expect((await planEdits()).body).toEqual({ lastEditAt: { [f.lueyang.id]: edited[f.lueyang.id] } })
  })

  it('tells the facilitator only', async () => {
    const { t, f } = room
    const joined = await joinAs(t, f.codes[f.lueyang.id]!, '王伟')
    expect((await planEdits(joined.token)).status).toBe(403)
    const projector = await t.request<ApiResponse<'projectorLink'>>(
      'POST',
      apiPath(API_ROUTES.projectorLink, { workshopId: f.workshopId }),
      {},
    )
    expect((await planEdits(projector.body.token)).status).toBe(403)
    expect((await planEdits()).status).toBe(200)
  })
})
