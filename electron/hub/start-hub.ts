import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance } from 'fastify'
import type { LanInterface } from '../../shared/join/join-schema'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AccessService } from './access/access-service'
import { agendaRoutes } from './api/agenda-routes'
import { backupRoutes } from './api/backup-routes'
import { countyRoutes } from './api/county-routes'
import { dotVoteRoutes } from './api/dot-vote-routes'
import { followUpRoutes } from './api/follow-up-routes'
import { followUpProjectionRoutes } from './api/follow-up-projection-routes'
import { reviewTableRoutes } from './api/review-table-routes'
import { followUpTemplateRoutes } from './api/follow-up-template-routes'
import { CountyReports } from './follow-up/county-reports'
import { groupRoutes } from './api/group-routes'
import { healthRoutes } from './api/health-routes'
import { joinRoutes } from './api/join-routes'
import { lanRoutes } from './api/lan-routes'
import { participantRoutes } from './api/participant-routes'
import { pdfRoutes } from './api/pdf-routes'
import { planEditRoutes } from './api/plan-edit-routes'
import { planRoutes } from './api/plan-routes'
import { planTableRoutes } from './api/plan-table-routes'
import { versionRoutes } from './api/version-routes'
import { commentRoutes } from './api/comment-routes'
import { resourceRoutes } from './api/resource-routes'
import { sessionRoutes } from './api/session-routes'
import { workshopFileRoutes } from './api/workshop-file-routes'
import { workshopRoutes } from './api/workshop-routes'
import { registerApiContract } from './http/api-contract-routes'
import { reviewGrant } from './http/review-grant'
import { errorBody, registerErrorHandler, requestLocale } from './http/api-errors'
import { isAllowedHost, LOOPBACK_HOSTNAMES } from './http/host-allow-list'
import { registerRendererFiles } from './http/renderer-files'
import { AssetMemory } from './http/asset-memory'
import { withAssetFastPath } from './http/asset-fast-path'
import { requestsInTurns } from './http/requests-in-turns'
import { oneTaskPerTurn } from './scheduling/time-sliced-queue'
import { recordRoutes, type RegisteredRoute } from './http/route-list'
import { registerSecurityHeaders } from './http/security-headers'
import { registerStoreWriteGuard } from './http/store-write-guard'
import { LanSession } from './lan/lan-session'
import { lanMemory } from './lan/lan-memory'
import { LIVE_LIMITS, type LiveLimits } from './live/live-limits'
import { createLiveServer, type LiveServer } from './live/live-server'
import type { PdfEngine } from '../export/pdf-engine'
import { PdfPrinter } from '../export/pdf-printer'
import type { BackupInfo } from '../../shared/backups/backup-schema'
import { BackupService } from './store/backup/backup-service'
import { servingBackups } from './store/backup/serving-backups'
import type { LiveUpdateWriter } from './store/live-update-writer'
import type { CreateDataFolder } from './store/recovery/data-folder'
import { openStoreSafely } from './store/recovery/open-store-safely'
import type { Store } from './store/store'
import { StoreDamagedError } from './store/store-errors'
import { renewStoreGeneration, storeGeneration } from './store/store-generation'
import { StoreHealth } from './store/store-health'
import { reportStoreState } from './store/store-state-log'

export const DEFAULT_HOST = '127.0.0.1'
/** Setup payloads are small; anything bigger is a mistake or an attack. */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024

export interface HubOptions {
  dataDir: string
  /** 0 picks a free port. */
  port?: number
  host?: string
  /** Folder of the built renderer (index.html and assets); the UI is not served when absent. */
  rendererDir?: string
  version?: string
  /** Where live-document updates are written; a worker thread unless a test supplies its own. */
  createLiveWriter?: (store: Store) => LiveUpdateWriter
  /**
   * The PDF engine for the console's export, started on first use: Electron's printToPDF in the desktop
   * app, Chromium through playwright-core for `npm run serve`. Without it, PDF downloads answer 503.
   */
  createPdfEngine?: () => Promise<PdfEngine>
  /** The live endpoint's limits for strangers and documents (live-limits.ts); a test may shorten them. */
  liveLimits?: Partial<LiveLimits>
  /** The addresses the LAN session may open on; this computer's network interfaces unless a test says. */
  listLanInterfaces?: () => LanInterface[]
  /** 'leaf' when the user named the data folder: a folder whose parent is missing is reported, not created. */
  createDataDir?: CreateDataFolder
  /** A backup's name or 'latest', restored (after backing up the current state) before the hub starts. */
  restoreBackup?: string
  /** After the database was quarantined, start with a new empty one. */
  startEmpty?: boolean
  /** How often backups are taken while something changes (ten minutes unless a test says). */
  backupIntervalMs?: number
  /** How often a changed plan gets an automatic version (five minutes unless a test says). */
  versionIntervalMs?: number
}

export interface Hub {
  url: string
  port: number
  host: string
  store: Store
  app: FastifyInstance
  access: AccessService
  live: LiveServer
  lan: LanSession
  backups: BackupService
  health: StoreHealth
  /** The backup restored at start (restoreBackup), if any. */
  restored: BackupInfo | null
  /** Every route the app registered (the API contract's, and the renderer's files). */
  routes: readonly RegisteredRoute[]
  close(): Promise<void>
}

/**
 * The one entry point of the hub, used by the Electron shell, by `npm run serve` and by the tests.
 * Throws StoreDamagedError (the database was quarantined) and DataFolderError with what to tell the user.
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const host = options.host ?? DEFAULT_HOST
  const opened = await openStoreSafely(options.dataDir, options)
  if (opened.kind === 'damaged') throw new StoreDamagedError(opened.report)
  const { store } = opened
  let generation = storeGeneration(store)
  // Keep Fastify's request handler: the LAN listener, opened later, serves the same app.
  const allowedHosts = new Set<string>(LOOPBACK_HOSTNAMES)
  if (host !== '0.0.0.0' && host !== '::') allowedHosts.add(host.includes(':') ? `[${host}]` : host)
  const assetMemory = new AssetMemory(options.rendererDir)
  let handleRequest: (request: IncomingMessage, response: ServerResponse) => void = () => undefined
  // Work that comes in bursts when a room arrives at once waits here, one piece per turn of the event loop.
  const turns = oneTaskPerTurn()
  const app = Fastify({
    logger: false,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    return503OnClosing: true,
    serverFactory: (handler) => {
      handleRequest = withAssetFastPath(assetMemory, allowedHosts, requestsInTurns(turns, handler))
      return createServer(handleRequest)
    },
  })

  const routes = recordRoutes(app)
  const access = new AccessService(store)
  const live = createLiveServer(store, access, allowedHosts, options.createLiveWriter?.(store), {
    generation: () => generation,
    limits: { ...LIVE_LIMITS, ...options.liveLimits },
    versionIntervalMs: options.versionIntervalMs,
    turns,
  })
  const health = new StoreHealth(() => live.commitState())
  const backups = new BackupService(store.db, options.dataDir, {
    intervalMs: options.backupIntervalMs,
    onProblem: (outcome, reason) => console.error(`[hub] no ${reason} backup was taken: ${outcome.problem}`),
  })
  live.onCommitStateChange(() => health.changed())
  live.onCommitted(() => {
    health.noteWriteSucceeded()
    backups.noteChange()
  })
  health.onChange((state) => {
    live.announceStoreState(state)
    reportStoreState(state, health.pendingEdits())
  })
  const printer = options.createPdfEngine ? new PdfPrinter(options.createPdfEngine) : null

  let lan: LanSession
  try {
    app.addHook('onRequest', async (request, reply) => {
      if (!isAllowedHost(request.headers.host, allowedHosts)) {
        return reply.code(421).send(errorBody('api.hostNotAllowed', requestLocale(request)))
      }
    })
    registerErrorHandler(app, (failure) => health.noteFailure(failure))
    await registerSecurityHeaders(app)
    registerStoreWriteGuard(app, health, () => backups.noteChange())
    lan = new LanSession({
      port: () => (app.server.address() as AddressInfo).port,
      allowedHosts,
      handleRequest,
      handleUpgrade: live.handleUpgrade,
      access,
      live,
      listInterfaces: options.listLanInterfaces,
      memory: lanMemory(store),
    })
    // Only the routes that ask for a limit (joining) get one.
    await app.register(rateLimit, { global: false })
    const followUpReports = new CountyReports(store, live.hocuspocus, access)
    registerApiContract(
      app,
      access,
      {
        ...healthRoutes(options.version ?? '0.0.0', () => generation),
        ...workshopRoutes(store),
        ...countyRoutes(store),
        ...groupRoutes(store),
        ...agendaRoutes(store),
        ...resourceRoutes(store),
        ...planRoutes(store, live.hocuspocus),
        ...planTableRoutes(store, live.hocuspocus),
        ...commentRoutes(store, live.hocuspocus),
        ...planEditRoutes(store),
        ...versionRoutes(live.versions),
        ...dotVoteRoutes(store, live, access),
        ...participantRoutes(store),
        ...followUpRoutes(store, followUpReports),
        ...followUpTemplateRoutes(store, followUpReports),
        ...reviewTableRoutes(store, followUpReports),
        ...followUpProjectionRoutes(store, live.hocuspocus),
        // Print views are loaded over loopback, where the hub treats the caller as the facilitator.
        ...pdfRoutes(store, printer, () => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`),
        ...sessionRoutes(store, access),
        ...workshopFileRoutes(store, live.hocuspocus, options.version ?? '0.0.0'),

        ...joinRoutes(access, lan),
        ...lanRoutes(store, access, lan, live),
        ...backupRoutes(
          servingBackups({
            store,
            backups,
            health,
            live,
            afterRestore: () => {
              // The restored database carries the state of its time; the hub's own stays as it is now.
              generation = renewStoreGeneration(store)
              const { open, address, port } = lan.status()
              lanMemory(store).write(open && address ? { address, port } : null)
            },
          }),
        ),
      },
      reviewGrant(live.hocuspocus, store),
    )
    await registerRendererFiles(app, options.rendererDir, assetMemory)
    app.server.on('upgrade', live.handleUpgrade)
    await app.listen({ port: options.port ?? 0, host })
    await lan.restore()
    backups.start()
  } catch (error) {
    await backups.close().catch(() => undefined)
    await live.close().catch(() => undefined)
    await app.close().catch(() => undefined)
    store.close()
    throw error
  }

  const { port } = app.server.address() as AddressInfo
  const urlHost = host === '0.0.0.0' || host === '::' ? DEFAULT_HOST : host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    store,
    app,
    access,
    live,
    lan,
    backups,
    health,
    restored: opened.restored,
    routes,
    async close() {
      await printer?.close()
      await lan.stopListening()
      await live.close()
      // After the last edits are committed and folded: the quit backup holds everything.
      await backups.close()
      await app.close()
      store.close()
    },
  }
}
