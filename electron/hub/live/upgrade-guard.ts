import { LIVE_PATH } from '../../../shared/api/api-routes'
import { hostnameOf, isAllowedHost } from '../http/host-allow-list'

/** Largest WebSocket frame accepted; a county plan's updates are far smaller. */
export const MAX_FRAME_BYTES = 1024 * 1024

/**
 * Decides whether a WebSocket upgrade may proceed. Browsers always send Origin: it must be the
 * hub's own origin (same host as the Host header), which stops other web pages on a device from
 * opening the hub's sockets. Non-browser clients send none and still need a token to see anything.
 */
export function isAllowedUpgrade(
  request: { url?: string; host?: string; origin?: string },
  allowedHosts: ReadonlySet<string>,
): boolean {
  const path = (request.url ?? '').split('?')[0]
  if (path !== LIVE_PATH) return false
  if (!isAllowedHost(request.host, allowedHosts)) return false
  if (request.origin === undefined) return true
  let origin: URL
  try {
    origin = new URL(request.origin)
  } catch {
    return false
  }
  if (origin.protocol !== 'http:' && origin.protocol !== 'https:') return false
  return origin.host.toLowerCase() === (request.host ?? '').toLowerCase() && hostnameOf(origin.host) !== null
}
