import { Hocuspocus } from '@hocuspocus/server'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { StoreState } from '../../../shared/backups/backup-schema'
import { generationOfUrl, STORE_REPLACED_CLOSE_CODE } from '../../../shared/backups/store-replaced'
import type { Presence, PresentDevice } from '../../../shared/join/join-schema'
import { parseDocName } from '../../../shared/live/doc-names'
import { withoutUnsafeCharacters } from '../../../shared/validation/plain-text'
import type { AccessService } from '../access/access-service'
import { isLoopbackAddress } from '../http/request-auth'
import { DocumentSizeLimit } from './document-size-limit'
import { LIVE_LIMITS, type LiveLimits } from './live-limits'
import { guardSocket } from './socket-guard'
import { handshakeInTurns } from './handshake-turns'
import { oneTaskPerTurn, type TimeSlicedQueue } from '../scheduling/time-sliced-queue'
import { SocketsPerAddress } from './sockets-per-address'
import type { Store } from '../store/store'
import { LiveAuth, type LiveContext } from './live-auth'
import { planLoadChecks } from './plan-load-notice'
import { PlanSetup } from './plan-setup'
import { workerWriter, type LiveUpdateWriter } from '../store/live-update-writer'
import { CommitBatcher, type CommitFailure } from './commit-batcher'
import { holdAcknowledgementsUntilCommitted } from './held-acknowledgements'
import { unloadAllDocuments } from './live-suspension'
import { GalleryProjections } from './gallery-projections'
import { GalleryCommentProjections } from './gallery-comment-projections'
import { ReviewAccessGuard } from './review-access-guard'
import { currentReviewRound } from './review-round-reader'
import type { ReviewRound } from '../../../shared/review/review-round'
import { SessionKeeper } from './session-keeper'
import { storeStateMessage } from './store-state-message'
import { SqlitePersistence } from './sqlite-persistence'
import { isAllowedUpgrade, MAX_FRAME_BYTES } from './upgrade-guard'
import { WriteRules } from './write-rules'
import { PlanVersions } from '../versions/plan-versions'
import { VersionTriggers } from '../versions/version-triggers'

export interface LiveServer {
  hocuspocus: Hocuspocus
  /** The county plans' versions (kept on the room's moments, by interval, by hand, before a restore). */
  versions: PlanVersions
  /** Attach to an http.Server's 'upgrade' event. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void
  /** Disconnects every group device (the LAN session was closed). */
  disconnectGroups(): void
  presence(workshopId: string): Presence
  /** Resolves once every live change accepted so far is committed to SQLite (a REST write's answer waits). */
  committed(): Promise<void>
  /** Edits accepted and not yet committed, and why commits fail (null while they go through). */
  commitState(): { pendingEdits: number; failing: CommitFailure | null }
  /** Called when commits start or stop failing, and after every commit. */
  onCommitStateChange(hook: () => void): void
  onCommitted(hook: () => void): void
  /** Tells every connected device, and each that connects later, the database's state (shown in words). */
  announceStoreState(state: StoreState): void
  /**
   * Before a restore: refuses new connections, closes every device's socket with STORE_REPLACED (they
   * reload the restored state), and unloads every document after committing what can be committed.
   */
  suspend(): Promise<void>
  /** After a restore: forgets the replaced documents and accepts devices again. */
  resume(): void
  close(): Promise<void>
}

/** WebSocket close code (application range) sent to group devices when the LAN session closes. */
export const GROUP_ACCESS_ENDED = 4401
/** How long shutdown waits for pending live edits to be committed. */
const SHUTDOWN_COMMIT_WAIT_MS = 5000
/** How long a restore waits for the documents to be committed and unloaded. */
const SUSPEND_WAIT_MS = 10_000

export interface LiveServerOptions {
  /** The database's generation; a device whose copies belong to another one is told to drop them. */
  generation?: () => string | null
  /** The bounds on sockets and documents (live-limits.ts); tests shorten them. */
  limits?: LiveLimits
  /** How often a changed plan gets an automatic version (plan-versions.ts unless a test says). */
  versionIntervalMs?: number
  /** Where upgrades and handshakes wait their turn; the hub shares it with other work that comes in bursts. */
  turns?: TimeSlicedQueue
}

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
  options: LiveServerOptions = {},
): LiveServer {
  const limits = options.limits ?? LIVE_LIMITS
  const batcher = new CommitBatcher(writer)
  const persistence = new SqlitePersistence(store.liveDocs, batcher, planLoadChecks(store))
  const sessions = new SessionKeeper()
  let storeState: StoreState = 'ok'
  let suspended = false
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      persistence,
      new PlanSetup(store),
      new GalleryProjections(),
      new GalleryCommentProjections(),
      new LiveAuth(access, store),
      new DocumentSizeLimit(limits.documentBytes),
      {
        extensionName: 'plan-workshop-store-state',
        async connected({ connection }) {
          if (storeState !== 'ok') connection.sendStateless(storeStateMessage(storeState))
        },
      },
      sessions,
      new ReviewAccessGuard(),
      new WriteRules(
        (workshopId) => sessions.session(workshopId),
        (workshopId, countyId) => store.counties.get(workshopId, countyId),
        (workshopId): ReviewRound | null => currentReviewRound(hocuspocus, store, workshopId),
      ),
      // Called only once documents load, after `versions` below exists.
      new VersionTriggers((): PlanVersions => versions),
    ],
  })
  const versions: PlanVersions = new PlanVersions(store, hocuspocus, {
    intervalMs: options.versionIntervalMs,
    committed: () => new Promise((resolve) => batcher.whenCommitted(resolve)),
    writable: () => storeState !== 'damaged' && batcher.failing !== 'damaged',
  })
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES })
  const turns = options.turns ?? oneTaskPerTurn()
  const perAddress = new SocketsPerAddress((address) =>
    isLoopbackAddress(address) ? limits.socketsPerLoopback : limits.socketsPerAddress,
  )

  const contexts = () =>
    [...hocuspocus.documents.values()].flatMap((document) =>
      [...document.getConnections()].map((connection) => ({ document, connection })),
    )

  return {
    hocuspocus,
    versions,
    handleUpgrade(request, socket, head) {
      const allowed = isAllowedUpgrade(
        { url: request.url, host: request.headers.host, origin: request.headers.origin },
        allowedHosts,
      )
      if (!allowed) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
        return
      }
      const address = request.socket.remoteAddress ?? ''
      if (!perAddress.admit(address)) {
        socket.end('HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\n\r\n')
        return
      }
      // The raw socket closes whether the handshake succeeded or not.
      socket.once('close', () => perAddress.release(address))
      // Node takes its error handler off a socket it hands over for an upgrade; until ws adds its own, a
      // reset while the upgrade waits its turn would be an uncaught error.
      const destroyOnError = () => socket.destroy()
      socket.on('error', destroyOnError)
      // A crowd's upgrades come in together; each is completed in a turn of its own (`oneTaskPerTurn`).
      turns.push(() => {
        socket.off('error', destroyOnError)
        if (socket.destroyed) return
        if (suspended) {
          // A restore is running; the device's provider retries and finds the restored state.
          socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n')
          return
        }
        const claimed = generationOfUrl(request.url)
        const current = options.generation?.() ?? null
        sockets.handleUpgrade(request, socket, head, (websocket) => {
          // An oversized frame or a protocol error must end that one connection, never the hub.
          websocket.on('error', () => websocket.terminate())
          const isOpen = (name: string) => hocuspocus.documents.get(name)?.connections.has(websocket) ?? false
          // Before Hocuspocus, so that it counts each frame as it arrives.
          guardSocket(websocket, isOpen, limits)
          if (claimed && current && claimed !== current) {
            websocket.close(STORE_REPLACED_CLOSE_CODE, 'store.replaced')
            return
          }
          holdAcknowledgementsUntilCommitted(websocket, batcher)
          handshakeInTurns(websocket, () => hocuspocus.handleConnection(websocket, request), isOpen, turns)
        })
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
            // A device names itself in its awareness state, which no schema checked on the way in.
            name: withoutUnsafeCharacters(user.name).slice(0, 40),
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
    commitState: () => ({ pendingEdits: batcher.pendingEdits, failing: batcher.failing }),
    onCommitStateChange(hook) {
      batcher.onStateChange(hook)
      batcher.onCommitted(() => hook())
    },
    onCommitted(hook) {
      batcher.onCommitted(() => hook())
    },
    announceStoreState(state) {
      if (state === storeState) return
      storeState = state
      if (state === 'damaged') {
        persistence.stopWriting()
        batcher.holdForDamage()
      }
      for (const document of hocuspocus.documents.values())
        document.broadcastStateless(storeStateMessage(state))
    },
    async suspend() {
      suspended = true
      for (const client of sockets.clients) client.close(STORE_REPLACED_CLOSE_CODE, 'store.replaced')
      if (storeState === 'damaged' || batcher.failing === 'damaged') {
        persistence.stopWriting()
        batcher.discardPending()
      }
      await unloadAllDocuments(hocuspocus, SUSPEND_WAIT_MS)
      await batcher.drain(SUSPEND_WAIT_MS)
      // What a damaged file could not take is dropped here; the devices were told to reload.
      batcher.discardPending()
    },
    resume() {
      persistence.forgetAll()
      versions.forget()
      suspended = false
    },
    async close() {
      versions.close()
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
