import type { Locale } from '../../../shared/locale/locale'

export interface HubFetch {
  method: string
  /** Path and query string, on the page's own origin (the hub serves the page). */
  path: string
  /** Sent as JSON. */
  body?: unknown
  /**
   * A bearer token: a group device's, the projector's, or the facilitator's for a change. A read without
   * one is judged by where it comes from; a change without one is refused.
   */
  token?: string
  signal?: AbortSignal
  /** The hub words its errors in the Accept-Language it is sent. */
  language: Locale
  accept?: string
}

/**
 * The renderer's one `fetch` to the hub. It imports nothing else, so that print.html's first script can
 * start its requests before the rest of the page has loaded. API answers are live data: never from a cache.
 */
export function hubFetch({
  method,
  path,
  body,
  token,
  signal,
  language,
  accept,
}: HubFetch): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: accept ?? 'application/json',
    'Accept-Language': language,
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (token) headers.Authorization = `Bearer ${token}`
  return fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
    cache: 'no-store',
  })
}
