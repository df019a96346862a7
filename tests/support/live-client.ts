import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { LIVE_PATH } from '../../shared/api/api-routes'

export interface LiveClient {
  doc: Y.Doc
  provider: HocuspocusProvider
  socket: HocuspocusProviderWebsocket
  /** Resolves once the first sync with the hub is complete. */
  synced: Promise<void>
  /** Resolves with the reason when the hub refuses the token for this document. */
  refused: Promise<string>
  /** Resolves once the hub has acknowledged (committed) every local change. */
  saved(): Promise<void>
  /** Drops the connection (like a Wi-Fi loss) and resolves once the socket is closed. */
  disconnect(): Promise<void>
  reconnect(): Promise<void>
  destroy(): void
}

/**
 * ws reports an 'error' when a socket that is still connecting is closed (a test tearing down a device
 * mid-reconnect); with no listener left after the provider's destroy, that error would be unhandled and fail
 * the run. The provider still gets every error through its own handlers.
 */
class TestWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.on('error', () => undefined)
  }
}

export function liveUrl(hubUrl: string): string {
  return `${hubUrl.replace(/^http/, 'ws')}${LIVE_PATH}`
}

/** A real Hocuspocus provider in Node, as a group device or the facilitator would open it. */
export function connectLive(
  hubUrl: string,
  name: string,
  token: string | null,
  doc = new Y.Doc(),
): LiveClient {
  const socket = new HocuspocusProviderWebsocket({
    url: liveUrl(hubUrl),
    WebSocketPolyfill: TestWebSocket,
    // Tests reconnect quickly; the renderer keeps the library's gentler defaults.
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
  })
  let refuse: (reason: string) => void = () => undefined
  const refused = new Promise<string>((resolve) => (refuse = resolve))
  let markSynced: () => void = () => undefined
  const synced = new Promise<void>((resolve) => (markSynced = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onSynced: () => markSynced(),
    onAuthenticationFailed: ({ reason }) => refuse(reason),
  })
  provider.attach()

  const saved = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (provider.isSynced && provider.unsyncedChanges === 0) {
          provider.off('unsyncedChanges', check)
          provider.off('synced', check)
          resolve()
        }
      }
      provider.on('unsyncedChanges', check)
      provider.on('synced', check)
      check()
    })

  return {
    doc,
    provider,
    socket,
    synced,
    refused,
    saved,
    disconnect: () =>
      new Promise<void>((resolve) => {
        if (socket.status === 'disconnected') return resolve()
        const closed = () => {
          socket.off('disconnect', closed)
          resolve()
        }
        socket.on('disconnect', closed)
        socket.disconnect()
      }),
    reconnect: async () => {
      await socket.connect()
    },
    destroy: () => {
      provider.destroy()
      socket.destroy()
    },
  }
}

/** Waits until `condition` holds, polling; fails after `timeoutMs` with `what` in the message. */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
