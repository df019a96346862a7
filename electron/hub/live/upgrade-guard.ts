import { LIVE_PATH } from '../../../shared/api/api-routes'
import { isAllowedHost } from '../http/host-allow-list'
import { isSameOrigin } from '../http/same-origin'

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
  return request.origin === undefined || isSameOrigin(request.origin, request.host)
}
