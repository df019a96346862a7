import { planDocName } from '../../../shared/live/doc-names'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'
import { requireWorkshop } from './require-workshop'

/** The facilitator's "latest edit" per county. */
export function planEditRoutes(store: Store): RouteHandlers<'getPlanEdits'> {
  return {
    getPlanEdits: async ({ params }) => {
      const workshopId = requireWorkshop(store, params.workshopId)
      const lastEditAt: Record<string, string> = {}
      for (const county of store.counties.list(workshopId)) {
        const editedAt = store.liveDocs.editedAt(planDocName(workshopId, county.id))
        if (editedAt !== null) lastEditAt[county.id] = editedAt
      }
      return { lastEditAt }
    },
  }
}
