import type { RouteHandlers } from '../http/route-handlers'
import type { PlanVersions } from '../versions/plan-versions'

type VersionRouteName = 'listPlanVersions' | 'savePlanVersion' | 'getPlanVersion' | 'restorePlanVersion'

/** The facilitator's versions of a county plan: list, save one with a label, look at one, restore one. */
export function versionRoutes(versions: PlanVersions): RouteHandlers<VersionRouteName> {
  return {
    listPlanVersions: async ({ params }) => versions.list(params.workshopId, params.countyId),
    savePlanVersion: async ({ params, body }) =>
      versions.save(params.workshopId, params.countyId, body.label),
    getPlanVersion: async ({ params }) =>
      versions.preview(params.workshopId, params.countyId, Number(params.versionId)),
    restorePlanVersion: async ({ params }) =>
      versions.restore(params.workshopId, params.countyId, Number(params.versionId)),
  }
}
