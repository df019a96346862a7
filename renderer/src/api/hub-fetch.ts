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

export interface HubFileSend {
  method: string
  /** Path and query string, on the page's own origin. */
  path: string
  /** Sent as it is (application/octet-stream), not as JSON. */
  file: Blob
  /** The facilitator's token: a file is only ever sent as a change. */
  token?: string
  language: Locale
  /** How much of the file has gone, 0–1. */
  onProgress: (sent: number) => void
}

/**
 * The renderer's one request that sends a file. XMLHttpRequest rather than fetch: only it reports how much
 * of a large body has gone. Resolves with the status and the JSON answer (null when there is none);
 * rejects when no answer came back at all.
 */
export function hubSendFile({
  method,
  path,
  file,
  token,
  language,
  onProgress,
}: HubFileSend): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open(method, path)
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('Accept-Language', language)
    request.setRequestHeader('Content-Type', 'application/octet-stream')
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`)
    request.responseType = 'json'
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    request.onerror = () => reject(new Error('no answer from the hub'))
    request.onload = () => resolve({ status: request.status, body: request.response as unknown })
    request.send(file)
  })
}
