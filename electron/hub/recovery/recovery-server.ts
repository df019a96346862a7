import Fastify, { type FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import { API_ROUTES } from '../../../shared/api/api-routes'
import type { RecoveryReport } from '../../../shared/backups/backup-schema'
import { backupRoutes } from '../api/backup-routes'
import { healthRoutes } from '../api/health-routes'
import { registerApiRoutes, type Authorizer } from '../http/api-contract-routes'
import { ApiError, errorBody, registerErrorHandler, requestLocale } from '../http/api-errors'
import { isAllowedHost, LOOPBACK_HOSTNAMES } from '../http/host-allow-list'
import { AssetMemory } from '../http/asset-memory'
import { registerRendererFiles } from '../http/renderer-files'
import { isLoopbackAddress } from '../http/request-auth'
import { registerSecurityHeaders } from '../http/security-headers'
import { listBackups } from '../store/backup/backup-folder'
import { chooseBackup, copyBackupInto } from '../store/backup/restore-backup'
import { databasePath } from '../store/open-database'
import { markResolved, unresolvedQuarantine } from '../store/recovery/quarantine'

export interface RecoveryServerOptions {
  dataDir: string
  report: RecoveryReport
  port: number
  host: string
  rendererDir?: string
  version: string
  /** Called once the facilitator restored a backup or chose an empty database: time for the full hub. */
  onResolved(): void
}

export interface RecoveryServer {
  app: FastifyInstance
  port: number
  close(): Promise<void>
}

/** Without a database there are no tokens: whoever sits at this laptop is the facilitator, nobody else. */
const loopbackOnly: Authorizer = (request, route) => {
  if (route.access !== 'anyone' && !isLoopbackAddress(request.socket.remoteAddress))
    throw new ApiError(403, 'auth.forbidden')
}

/**
 * The hub without a database: the renderer (which shows the recovery screen), /api/health answering
 * `recovery`, and the backups API to restore one or start afresh. Only this laptop (loopback) may act:
 * there is no facilitator token without a database, and no LAN session either.
 */
export async function startRecoveryServer(options: RecoveryServerOptions): Promise<RecoveryServer> {
  const app = Fastify({ logger: false, return503OnClosing: true })
  const allowedHosts = new Set<string>(LOOPBACK_HOSTNAMES)
  let resolved = false
  const resolve = () => {
    const quarantine = unresolvedQuarantine(options.dataDir)
    if (quarantine) markResolved(quarantine.dir, quarantine.note)
    resolved = true
    // After this answer has gone out: the full hub takes over the same port.
    setImmediate(() => options.onResolved())
  }

  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, allowedHosts)) {
      return reply.code(421).send(errorBody('api.hostNotAllowed', requestLocale(request)))
    }
  })
  registerErrorHandler(app)
  await registerSecurityHeaders(app)
  app.addHook('preHandler', async (request) => {
    const route = request.routeOptions.url
    if (route === API_ROUTES.health || !route?.startsWith('/api/')) return
    if (!isLoopbackAddress(request.socket.remoteAddress)) throw new ApiError(403, 'auth.forbidden')
    if (resolved && request.method !== 'GET') throw new ApiError(503, 'store.restoring')
  })
  registerApiRoutes(
    app,
    {
      ...healthRoutes(options.version, () => null, 'recovery'),
      ...backupRoutes({
        status: () => ({
          state: 'recovery',
          pendingEdits: 0,
          lastBackup: listBackups(options.dataDir)[0] ?? null,
          backupProblem: null,
          recovery: options.report,
        }),
        list: () => listBackups(options.dataDir),
        async create() {
          throw new ApiError(409, 'store.recovery')
        },
        async restore(name) {
          const chosen = chooseBackup(options.dataDir, name)
          await copyBackupInto(options.dataDir, chosen, databasePath(options.dataDir))
          resolve()
          // The damaged database is already set aside, unchanged, in quarantine.
          return { restored: chosen, keptAs: null }
        },
        async startEmpty() {
          resolve()
        },
      }),
    },
    loopbackOnly,
  )
  app.all('/api/*', async () => {
    throw new ApiError(503, 'store.recovery')
  })
  // One laptop's window, not a room of devices: the assets go through Fastify (no fast path).
  await registerRendererFiles(app, options.rendererDir, new AssetMemory(options.rendererDir))
  await app.listen({ port: options.port, host: options.host })
  return {
    app,
    port: (app.server.address() as AddressInfo).port,
    close: () => app.close(),
  }
}
