import type { Hocuspocus } from '@hocuspocus/server'
import { readThreads } from '../../../shared/comments/comments-doc'
import { commentsDocName } from '../../../shared/live/doc-names'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import { readLiveDoc } from '../live/stored-doc'
import type { Store } from '../store/store'

/** The facilitator's read of a county's comment threads, for the print view of its open comments. */
export function commentRoutes(store: Store, hocuspocus: Hocuspocus): RouteHandlers<'getComments'> {
  return {
    getComments: async ({ params: { workshopId, countyId } }) => {
      if (!store.counties.get(workshopId, countyId)) throw notFound()
      return readLiveDoc(hocuspocus, store, commentsDocName(workshopId, countyId), readThreads)
    },
  }
}
