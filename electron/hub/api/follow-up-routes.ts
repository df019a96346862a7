import { newId } from '../../../shared/ids/new-id'
import type { CountyReports } from '../follow-up/county-reports'
import { roundOverview } from '../follow-up/round-overview'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

type FollowUpRoute =
  | 'listFollowUpRounds'
  | 'createFollowUpRound'
  | 'updateFollowUpRound'
  | 'deleteFollowUpRound'
  | 'followUpOverview'
  | 'getFollowUpReport'
  | 'saveFollowUpReport'
  | 'followUpRoundReports'
  | 'openFollowUpRound'
  | 'changeFollowUpReport'
  | 'countyFollowUpReview'

/**
 * Follow-up review rounds and the counties' reports. Who may call is the contract's (a group only its own
 * county); a report is read and saved through CountyReports, as a filled spreadsheet is.
 */
export function followUpRoutes(store: Store, reports: CountyReports): RouteHandlers<FollowUpRoute> {
  return {
    listFollowUpRounds: async ({ params }) => store.followUp.list(requireWorkshop(store, params.workshopId)),

    createFollowUpRound: async ({ params, body }) =>
      store.followUp.create(
        requireWorkshop(store, params.workshopId),
        newId(),
        body,
        new Date().toISOString(),
      ),

    updateFollowUpRound: async ({ params, body }) => {
      const round = store.followUp.update(requireWorkshop(store, params.workshopId), params.roundId, body)
      if (!round) throw notFound()
      return round
    },

    deleteFollowUpRound: async ({ params }) => {
      if (!store.followUp.delete(requireWorkshop(store, params.workshopId), params.roundId)) throw notFound()
    },

    followUpOverview: async ({ params }) =>
      roundOverview(store, params.workshopId, reports.round(params.workshopId, params.roundId).id),

    followUpRoundReports: async ({ params }) =>
      store.followUp.reports(reports.round(params.workshopId, params.roundId).id),

    getFollowUpReport: async ({ params }) =>
      reports.current(params.workshopId, params.roundId, params.countyId),

    saveFollowUpReport: async ({ params, body }, request) =>
      reports.save(params.workshopId, params.roundId, params.countyId, body, request),

    openFollowUpRound: async ({ params, body }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      const round = store.followUp.setOpenToCounties(workshopId, params.roundId, body.open)
      if (!round) throw notFound()
      return round
    },

    changeFollowUpReport: async ({ params, body }, request) =>
      reports.change(params.workshopId, params.roundId, params.countyId, body.changes, request),

    countyFollowUpReview: async ({ params }) => {
      if (!store.counties.get(params.workshopId, params.countyId)) throw notFound()
      return reports.openForCounty(params.workshopId, params.countyId)
    },
  }
}
