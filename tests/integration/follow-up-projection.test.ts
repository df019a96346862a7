import { describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { sessionDocName } from '../../shared/live/doc-names'
import { sessionState } from '../../shared/live/session-doc'
import { showFollowUpRound } from '../../shared/session/run-actions'
import { joinAs } from '../support/live-fixture'
import { useLiveRoom } from '../support/live-room'

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/**
 * Which follow-up round the projector shows: the console writes its choice into the session document;
 * the hub answers the projector with that round while it is one of the workshop's, else the latest.
 */
describe('the follow-up round on the projector', () => {
  const room = useLiveRoom()

  it('shows the latest round until the console chooses one, the chosen one after, and the latest again when the choice is not a round of the workshop', async () => {
    const { t, f } = room
    const { workshopId } = f
    const round = async (name: string, date: string) =>
      (
        await t.request<ApiResponse<'createFollowUpRound'>>(
          'POST',
          apiPath(API_ROUTES.followUpRounds, { workshopId }),
          { name, date, planYear: 2019 },
        )
      ).body
    const projectorToken = (
      await t.request<ApiResponse<'projectorLink'>>(
        'POST',
        apiPath(API_ROUTES.projectorLink, { workshopId }),
        {},
      )
    ).body.token
    const projected = async () => {
      const response = await t.request<ApiResponse<'followUpProjected'>>(
        'GET',
        apiPath(API_ROUTES.followUpProjected, { workshopId }),
        undefined,
        bearer(projectorToken),
      )
      expect(response.status).toBe(200)
      return response.body
    }
    const session = await t.hub.live.hocuspocus.openDirectConnection(sessionDocName(workshopId))
    try {
      expect(await projected()).toEqual({ round: null, lines: [] })
      const third = await round('2019 年第三季度', '2019-09-30')
      const yearEnd = await round('2019 年年终', '2019-12-20')

      expect((await projected()).round?.id).toBe(yearEnd.id)
      await session.transact((doc) => showFollowUpRound(doc, third.id))
      const chosen = await projected()
      expect(chosen.round?.name).toBe('2019 年第三季度')
      expect(chosen.lines.map((line) => line.countyId)).toEqual(
        t.hub.store.counties.list(workshopId).map((county) => county.id),
      )

      // Not a round of this workshop (written by anything at all): the latest, never an error.
      await session.transact((doc) => sessionState(doc).set('followUpRoundId', 'no-such-round'))
      expect((await projected()).round?.id).toBe(yearEnd.id)
      await session.transact((doc) => sessionState(doc).set('followUpRoundId', { id: third.id }))
      expect((await projected()).round?.id).toBe(yearEnd.id)

      // The chosen round deleted: the latest that is left.
      await session.transact((doc) => showFollowUpRound(doc, yearEnd.id))
      expect((await projected()).round?.id).toBe(yearEnd.id)
      await t.request('DELETE', apiPath(API_ROUTES.followUpRound, { workshopId, roundId: yearEnd.id }))
      expect((await projected()).round?.id).toBe(third.id)
    } finally {
      await session.disconnect()
    }

    const group = await joinAs(t, f.codes[f.lueyang.id]!, '王')
    const refused = await t.request(
      'GET',
      apiPath(API_ROUTES.followUpProjected, { workshopId }),
      undefined,
      bearer(group.token),
    )
    expect(refused.status).toBe(403)
  })
})
