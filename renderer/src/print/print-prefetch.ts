import { API_ROUTES, apiPath } from '../../../shared/api/api-routes'
import { prefetchFromHub } from '../api/hub-prefetch'

const COUNTY = /^\/print\/workshops\/([^/]+)\/counties\/([^/]+)$/
const SUMMARY = /^\/print\/workshops\/([^/]+)\/summary$/

/** The API paths a print view at `pathname` will read, in the order it reads them. */
export function printDataPaths(pathname: string): string[] {
  const county = COUNTY.exec(pathname)
  if (county) {
    const [workshopId, countyId] = [decodeURIComponent(county[1]!), decodeURIComponent(county[2]!)]
    return [
      apiPath(API_ROUTES.workshop, { workshopId }),
      apiPath(API_ROUTES.county, { workshopId, countyId }),
      apiPath(API_ROUTES.participants, { workshopId, countyId }),
      apiPath(API_ROUTES.povertyLines, { workshopId }),
      apiPath(API_ROUTES.plan, { workshopId, countyId }),
    ]
  }
  const summary = SUMMARY.exec(pathname)
  if (summary) {
    const workshopId = decodeURIComponent(summary[1]!)
    return [
      apiPath(API_ROUTES.workshop, { workshopId }),
      apiPath(API_ROUTES.counties, { workshopId }),
      apiPath(API_ROUTES.povertyLines, { workshopId }),
      apiPath(API_ROUTES.plans, { workshopId }),
    ]
  }
  return []
}

/**
 * Starts the print view's API requests the moment print.html runs its first (small) script, so the hub
 * answers while the browser is still compiling React and the print components.
 */
export function prefetchPrintData(pathname: string): void {
  prefetchFromHub(printDataPaths(pathname))
}
