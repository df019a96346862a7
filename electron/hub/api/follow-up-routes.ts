import type { Hocuspocus } from '@hocuspocus/server'
import type { FollowUpReport } from '../../../shared/follow-up/follow-up-report-schema'
import { reportSummary } from '../../../shared/follow-up/follow-up-progress'
import { emptyReport, misfitEntry } from '../../../shared/follow-up/report-entries'
import { targetSnapshot } from '../../../shared/follow-up/target-snapshot'
import { newId } from '../../../shared/ids/new-id'
import type { AccessService } from '../access/access-service'
import { ApiError, notFound } from '../http/api-errors'
import { scopeOf } from '../http/request-auth'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { readCountyPlan } from './plan-reader'
import { requireWorkshop } from './require-workshop'

type FollowUpRoute =
  | 'listFollowUpRounds'
  | 'createFollowUpRound'
  | 'updateFollowUpRound'
  | 'deleteFollowUpRound'
  | 'followUpOverview'
  | 'getFollowUpReport'
  | 'saveFollowUpReport'

/**
 * Follow-up review rounds and the counties' reports. Who may call is the contract's (a group only its own
 * county); here a report is tied to the targets it is judged against: the plan's as they stand when the
 * report is first saved, kept from then on.
 */
export function followUpRoutes(
  store: Store,
  hocuspocus: Hocuspocus,
  access: AccessService,
): RouteHandlers<FollowUpRoute> {
  const requireRound = (workshopId: string, roundId: string) => {
    const round = store.followUp.get(requireWorkshop(store, workshopId), roundId)
    if (!round) throw notFound()
    return round
  }

  const currentReport = async (
    workshopId: string,
    roundId: string,
    countyId: string,
  ): Promise<FollowUpReport> => {
    const round = requireRound(workshopId, roundId)
    const county = store.counties.get(workshopId, countyId)
    if (!county) throw notFound()
    const saved = store.followUp.report(round.id, county.id)
    if (saved) return saved
    const plan = await readCountyPlan(store, hocuspocus, workshopId, county)
    return emptyReport(round.id, county.id, targetSnapshot(plan, round.planYear))
  }

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

    followUpOverview: async ({ params }) => {
      const round = requireRound(params.workshopId, params.roundId)
      const saved = new Map(store.followUp.reports(round.id).map((report) => [report.countyId, report]))
      return store.counties.list(params.workshopId).map((county) => {
        const report = saved.get(county.id)
        return { countyId: county.id, summary: report ? reportSummary(report) : null }
      })
    },

    getFollowUpReport: async ({ params }) =>
      currentReport(params.workshopId, params.roundId, params.countyId),

    saveFollowUpReport: async ({ params, body }, request) => {
      const before = await currentReport(params.workshopId, params.roundId, params.countyId)
      if (misfitEntry(body, before.targets) !== null) throw new ApiError(400, 'followUp.unknownEntry')
      const scope = scopeOf(request, access)
      return store.followUp.putReport({
        ...body,
        roundId: before.roundId,
        countyId: before.countyId,
        targets: before.targets,
        reporterRole: scope?.kind === 'group' ? 'county' : 'facilitator',
        reportedAt: new Date().toISOString(),
      })
    },
  }
}
