import { hostnameOf } from './host-allow-list'

/**
 * What a browser's `Sec-Fetch-Site` may say for a request the hub acts on: the hub's own pages
 * (`same-origin`) or the user typing the address or opening a bookmark (`none`). `same-site` is refused
 * too: a page on another port of 127.0.0.1 is the same site but a different origin.
 */
const TRUSTED_FETCH_SITES: ReadonlySet<string> = new Set(['same-origin', 'none'])

/** Whether an `Origin` header names the origin the request was addressed to (http(s), same host and port). */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false // "null" (sandboxed frames, file: pages) and garbage are never the hub.
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.host.toLowerCase() === (host ?? '').toLowerCase() && hostnameOf(url.host) !== null
}

export interface BrowserHeaders {
  host?: string
  origin?: string
  secFetchSite?: string
}

/**
 * Whether a browser says the request comes from a page of another origin. Browsers send `Origin` with
 * every POST, PUT and DELETE, and `Sec-Fetch-Site` with every request; clients that are not browsers
 * (curl, the tests, the export CLI) send neither and are judged by their credential alone. A page on
 * another site cannot forge either header, so this is what keeps a web page open on the facilitator's
 * laptop from acting through the hub.
 */
export function isCrossOrigin({ host, origin, secFetchSite }: BrowserHeaders): boolean {
  if (secFetchSite !== undefined && !TRUSTED_FETCH_SITES.has(secFetchSite.toLowerCase())) return true
  return origin !== undefined && !isSameOrigin(origin, host)
}
