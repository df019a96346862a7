/**
 * The one question every navigation, redirect, window.open, IPC call and permission request asks:
 * is this URL the hub this shell started? Compared as WHATWG origins, the same way Chromium decides
 * where a navigation really goes, so tricks like `http://127.0.0.1:1@evil` (userinfo, host is `evil`)
 * or a different port are not the hub. Anything unparsable is not the hub: the guard fails closed.
 */
export function isHubUrl(url: string | null | undefined, hubOrigin: string): boolean {
  const candidate = parseUrl(url)
  const hub = parseUrl(hubOrigin)
  if (!candidate || !hub) return false
  // Only plain http pages are served by the hub; blob:/filesystem: URLs report the inner origin, so check the scheme.
  if (candidate.protocol !== 'http:' || hub.protocol !== 'http:') return false
  // Credentials in a URL are never used by the hub; a URL carrying them is someone's trick.
  if (candidate.username !== '' || candidate.password !== '') return false
  return candidate.origin === hub.origin
}

function parseUrl(value: string | null | undefined): URL | undefined {
  if (!value) return undefined
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}
