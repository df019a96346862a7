import { Hocuspocus } from '@hocuspocus/server'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { Presence, PresentDevice } from '../../../shared/join/join-schema'
import { parseDocName } from '../../../shared/live/doc-names'
import type { AccessService } from '../access/access-service'
import type { Store } from '../store/store'
import { LiveAuth, type LiveContext } from './live-auth'
import { planLoadChecks } from './plan-load-notice'
import { PlanSetup } from './plan-setup'
import { workerWriter, type LiveUpdateWriter } from '../store/live-update-writer'
import { CommitBatcher } from './commit-batcher'
import { holdAcknowledgementsUntilCommitted } from './held-acknowledgements'
import { SessionKeeper } from './session-keeper'
import { SqlitePersistence } from './sqlite-persistence'
import { isAllowedUpgrade, MAX_FRAME_BYTES } from './upgrade-guard'
import { WriteRules } from './write-rules'

export interface LiveServer {
  hocuspocus: Hocuspocus
  /** Attach to an http.Server's 'upgrade' event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  /** Disconnects every group device (the LAN session was closed). */
  disconnectGroups(): void
  presence(workshopId: string): Presence
  /** Resolves once every live change accepted so far is committed to SQLite (a REST write's answer waits). */
  committed(): Promise<void>
  close(): Promise<void>
}

/** WebSocket close code (application range) sent to group devices when the LAN session closes. */
export const GROUP_ACCESS_ENDED = 4401
/** How long shutdown waits for pending live edits to be committed. */
const SHUTDOWN_COMMIT_WAIT_MS = 5000

interface AwarenessUser {
  name?: unknown
  color?: unknown
}

/** The live-document layer of the hub: Hocuspocus behind our own WebSocket upgrade checks. */
export function createLiveServer(
  store: Store,
  access: AccessService,
  allowedHosts: ReadonlySet<string>,
  writer: LiveUpdateWriter = workerWriter(store.db.name),
): LiveServer {
  const batcher = new CommitBatcher(writer)
  const persistence = new SqlitePersistence(store.liveDocs, batcher, planLoadChecks(store))
  const sessions = new SessionKeeper()
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      persistence,
      new PlanSetup(store),
      new LiveAuth(access, store),
      sessions,
      new WriteRules((workshopId) => sessions.session(workshopId)),
    ],
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
    committed: () => new Promise((resolve) => batcher.whenCommitted(resolve)),
    async close() {
      for (const client of sockets.clients) client.terminate()
      sockets.close()
      // Commit what is pending (a failing disk gets a few seconds), then fold the logs so the next
      // start loads faster.
      await persistence.flushAll(SHUTDOWN_COMMIT_WAIT_MS)
      batcher.stop()
      await writer.close()
    },
  }
}
