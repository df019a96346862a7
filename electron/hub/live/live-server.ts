import { Hocuspocus } from '@hocuspocus/server'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { Presence, PresentDevice } from '../../../shared/join/join-schema'
import { parseDocName } from '../../../shared/live/doc-names'
import type { AccessService } from '../access/access-service'
import type { Store } from '../store/store'
import { LiveAuth, type LiveContext } from './live-auth'
import { PlanSetup } from './plan-setup'
import { CommitBatcher } from './commit-batcher'
import { holdAcknowledgementsUntilCommitted } from './held-acknowledgements'
import { SqlitePersistence } from './sqlite-persistence'
import { isAllowedUpgrade, MAX_FRAME_BYTES } from './upgrade-guard'

export interface LiveServer {
  hocuspocus: Hocuspocus
  /** Attach to an http.Server's 'upgrade' event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  /** Disconnects every group device (the LAN session was closed). */
  disconnectGroups(): void
  presence(workshopId: string): Presence
  close(): Promise<void>
}

/** WebSocket close code (application range) sent to group devices when the LAN session closes. */
export const GROUP_ACCESS_ENDED = 4401

interface AwarenessUser {
  name?: unknown
  color?: unknown
}

/** The live-document layer of the hub: Hocuspocus behind our own WebSocket upgrade checks. */
export function createLiveServer(
  store: Store,
  access: AccessService,
  allowedHosts: ReadonlySet<string>,
): LiveServer {
  const batcher = new CommitBatcher(store.liveDocs)
  const persistence = new SqlitePersistence(store.liveDocs, batcher)
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [persistence, new PlanSetup(store), new LiveAuth(access, store)],
  })
  // Updates that could not be committed were never acknowledged; dropping the in-memory documents and
  // their connections makes every device reconnect and send them again to a copy loaded from disk.
  batcher.onFailed((names) => {
    for (const name of names) {
      const document = hocuspocus.documents.get(name)
      persistence.forget(name)
      hocuspocus.documents.delete(name)
      // Whole sockets, as for a closed LAN session: a provider whose document session alone was closed
      // would not sync again.
      for (const connection of document?.getConnections() ?? []) connection.webSocket.close(1011, 'storage')
      document?.destroy()
    }
  })
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })

  const contexts = () =>
    [...hocuspocus.documents.values()].flatMap((document) =>
      [...document.getConnections()].map((connection) => ({ document, connection })),
    )

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      const allowed = isAllowedUpgrade(
        { url: request.url, host: request.headers.host, origin: request.headers.origin },
        allowedHosts,
      )
      if (!allowed) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
        return
      }
      sockets.handleUpgrade(request, socket, head, (websocket) => {
        // An oversized frame or a protocol error must end that one connection, never the hub.
        websocket.on('error', () => websocket.terminate())
        holdAcknowledgementsUntilCommitted(websocket, batcher)
        hocuspocus.handleConnection(websocket, request)
      })
    },
    disconnectGroups() {
      // Close the device's whole socket, not just its document sessions: a provider whose session was
      // closed under it would sit "connected" and silently stop syncing. On reconnect its revoked token
      // is refused with a reason the device can show.
      for (const { connection } of contexts()) {
        if ((connection.context as LiveContext | undefined)?.scope.kind === 'group') {
          connection.webSocket.close(GROUP_ACCESS_ENDED, 'auth.required')
        }
      }
    },
    presence(workshopId) {
      const counties: Record<string, PresentDevice[]> = {}
      for (const document of hocuspocus.documents.values()) {
        const ref = parseDocName(document.name)
        if (ref?.kind !== 'plan' || ref.workshopId !== workshopId) continue
        const devices: PresentDevice[] = []
        for (const state of document.awareness.getStates().values()) {
          const user = (state as { user?: AwarenessUser }).user
          if (!user || typeof user.name !== 'string') continue
          devices.push({
            name: user.name.slice(0, 40),
            color:
              typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888',
            countyId: ref.countyId,
            facilitator: (state as { facilitator?: unknown }).facilitator === true,
          })
        }
        counties[ref.countyId] = devices
      }
      return { counties }
    },
    async close() {
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      // Commit what is pending, then fold the logs so the next start loads faster.
      persistence.flushAll()
    },
  }
}
