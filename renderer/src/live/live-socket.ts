import { HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import { LIVE_PATH } from '../../../shared/api/api-routes'
import { followStoreGeneration } from '../backups/store-replaced'
import { networkBetweenPageAndHub } from './browser-connectivity'

/** The hub's live-document endpoint on the origin the page was loaded from (the LAN address on a device). */
export function liveSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${LIVE_PATH}`
}

let socket: HocuspocusProviderWebsocket | null = null

/**
 * One WebSocket per page, shared by every live document the page opens (plan, session doc later).
 * The provider's own retry (with backoff) handles a hub that goes away; the browser's offline/online
 * events handle a Wi-Fi drop at once, because a dead socket can take up to 30 s to notice on its own —
 * on a device: the facilitator's windows on the hub's laptop keep their socket (browser-connectivity.ts).
 */
export function liveSocket(): HocuspocusProviderWebsocket {
  if (socket) return socket
  const created = new HocuspocusProviderWebsocket({ url: liveSocketUrl(window.location) })
  socket = created
  // After a restore the hub replaced its database: this page's copies must not flow back into it.
  followStoreGeneration(created, liveSocketUrl(window.location))
  // Asked at each event: the facilitator may have gone from the console to a county's plan meanwhile.
  window.addEventListener('offline', () => {
    if (networkBetweenPageAndHub()) created.disconnect()
  })
  window.addEventListener('online', () => reconnect(created))
  return created
}

/**
 * Back online: connect now rather than when the provider's backoff next fires. connect() right after
 * disconnect() does nothing while the old socket has not reported its close yet (the provider still
 * counts it as connected), so in that case wait for its 'disconnect' first.
 */
function reconnect(target: HocuspocusProviderWebsocket): void {
  if (target.shouldConnect) {
    if (target.status !== WebSocketStatus.Connected) void target.connect()
    return
  }
  if (target.status === WebSocketStatus.Disconnected) {
    void target.connect()
    return
  }
  const whenClosed = () => {
    target.off('disconnect', whenClosed)
    void target.connect()
  }
  target.on('disconnect', whenClosed)
}
