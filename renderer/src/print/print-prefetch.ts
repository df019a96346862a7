import { API_ROUTES, apiPath } from '../../../shared/api/api-routes'

/**
 * Starts the print view's API requests the moment print.html runs its first (small) script, so the
 * hub answers while the browser is still compiling React and the print components. getJson takes each
 * response from here once; anything not prefetched is simply fetched then.
 */
const pending = new Map<string, Promise<Response>>()

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

export const jsonRequest = (path: string) =>
  fetch(path, {
    headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'zh-CN' },
  })

export function prefetchPrintData(pathname: string): void {
  for (const path of printDataPaths(pathname)) {
    const request = jsonRequest(path)
    // A failed prefetch is reported when the view reads it; until then it must not be an unhandled rejection.
    request.catch(() => undefined)
    pending.set(path, request)
  }
}

/** The prefetched response for `path`, once (a response body can be read only once). */
export function takePrefetched(path: string): Promise<Response> | undefined {
  const request = pending.get(path)
  pending.delete(path)
  return request
}
