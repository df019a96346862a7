import Fastify, { type FastifyInstance } from 'fastify'
import type { LanInterface } from '../../shared/join/join-schema'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { AccessService } from './access/access-service'
import { registerAgendaRoutes } from './api/agenda-routes'
import { registerCountyRoutes } from './api/county-routes'
import { registerDotVoteRoutes } from './api/dot-vote-routes'
import { registerGroupRoutes } from './api/group-routes'
import { registerHealthRoutes } from './api/health-routes'
import { registerJoinRoutes } from './api/join-routes'
import { registerLanRoutes } from './api/lan-routes'
import { registerParticipantRoutes } from './api/participant-routes'
import { registerPdfRoutes } from './api/pdf-routes'
import { registerPlanEditRoutes } from './api/plan-edit-routes'
import { registerPlanRoutes } from './api/plan-routes'
import { registerResourceRoutes } from './api/resource-routes'
import { registerSessionRoutes } from './api/session-routes'
import { registerWorkshopRoutes } from './api/workshop-routes'
import { errorBody, registerErrorHandler, requestLocale } from './http/api-errors'
import { isAllowedHost, LOOPBACK_HOSTNAMES } from './http/host-allow-list'
import { registerRendererFiles } from './http/renderer-files'
import { registerApiGuard } from './http/request-auth'
import { registerSecurityHeaders } from './http/security-headers'
import { LanSession } from './lan/lan-session'
import { lanMemory } from './lan/lan-memory'
import { createLiveServer, type LiveServer } from './live/live-server'
import type { PdfEngine } from '../export/pdf-engine'
import { PdfPrinter } from '../export/pdf-printer'
import type { LiveUpdateWriter } from './store/live-update-writer'
import { openStore, type Store } from './store/store'

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
  /** The addresses the LAN session may open on; this computer's network interfaces unless a test says. */
  listLanInterfaces?: () => LanInterface[]
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
  close(): Promise<void>
}

/** The one entry point of the hub, used by the Electron shell, by `npm run serve` and by the tests. */
export async function startHub(options: HubOptions): Promise<Hub> {
  const host = options.host ?? DEFAULT_HOST
  const store = openStore(options.dataDir)
  // Keep Fastify's request handler: the LAN listener, opened later, serves the same app.
  let handleRequest: (request: IncomingMessage, response: ServerResponse) => void = () => undefined
  const app = Fastify({
    logger: false,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    return503OnClosing: true,
    serverFactory: (handler) => {
      handleRequest = handler
      return createServer(handler)
    },
  })

  const allowedHosts = new Set<string>(LOOPBACK_HOSTNAMES)
  if (host !== '0.0.0.0' && host !== '::') allowedHosts.add(host.includes(':') ? `[${host}]` : host)
  const access = new AccessService(store)
  const live = createLiveServer(store, access, allowedHosts, options.createLiveWriter?.(store))
  const printer = options.createPdfEngine ? new PdfPrinter(options.createPdfEngine) : null

  let lan: LanSession
  try {
    app.addHook('onRequest', async (request, reply) => {
      if (!isAllowedHost(request.headers.host, allowedHosts)) {
        return reply.code(421).send(errorBody('api.hostNotAllowed', requestLocale(request)))
      }
    })
    registerErrorHandler(app)
    await registerSecurityHeaders(app)
    registerApiGuard(app, access)
    registerHealthRoutes(app, options.version ?? '0.0.0')
    registerWorkshopRoutes(app, store)
    registerCountyRoutes(app, store)
    registerGroupRoutes(app, store)
    registerAgendaRoutes(app, store)
    registerPlanRoutes(app, store, live.hocuspocus)
    registerPlanEditRoutes(app, store)
    registerDotVoteRoutes(app, store, live)
    registerParticipantRoutes(app, store)
    // Print views are loaded over loopback, where the hub treats the caller as the facilitator.
    registerPdfRoutes(
      app,
      store,
      printer,
      () => `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    )
    registerResourceRoutes(app, store)
    registerSessionRoutes(app, store, access)
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
    await registerJoinRoutes(app, access, lan)
    registerLanRoutes(app, store, access, lan, live)
    await registerRendererFiles(app, options.rendererDir)
    app.server.on('upgrade', live.handleUpgrade)
    await app.listen({ port: options.port ?? 0, host })
    await lan.restore()
  } catch (error) {
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
    async close() {
      await printer?.close()
      await lan.stopListening()
      await live.close()
      await app.close()
      store.close()
    },
  }
}
