import { hubFetch } from './hub-fetch'
import { pageLanguage } from './page-language'

/**
 * GETs started before the code that reads them has loaded (print.html's first script): that code's
 * client takes each answer from here once, by path; anything not prefetched is simply requested then.
 */
const pending = new Map<string, Promise<Response>>()

export function prefetchFromHub(paths: readonly string[]): void {
  for (const path of paths) {
    const request = hubFetch({ method: 'GET', path, language: pageLanguage() })
    // A failed prefetch is reported when its reader takes it; until then it must not be an unhandled rejection.
    request.catch(() => undefined)
    pending.set(path, request)
  }
}

/** The prefetched answer for `path`, once (a response body can be read only once). */
export function takePrefetched(path: string): Promise<Response> | undefined {
  const request = pending.get(path)
  pending.delete(path)
  return request
}
