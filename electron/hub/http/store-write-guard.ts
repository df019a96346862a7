import type { FastifyInstance } from 'fastify'
import { API_ROUTES } from '../../../shared/api/api-routes'
import type { StoreHealth } from '../store/store-health'
import { ApiError } from './api-errors'

/** What still answers while a backup is being restored: the screens that show its progress. */
const DURING_RESTORE = new Set<string>([API_ROUTES.health, API_ROUTES.storeStatus, API_ROUTES.time])
/** What a damaged database still allows: reading what can be read, and restoring a backup. */
const WHEN_DAMAGED = new Set<string>([API_ROUTES.backupRestore])

const isRead = (method: string) => method === 'GET' || method === 'HEAD'

/**
 * Keeps REST writes away from a database that cannot take them: none during a restore (nothing may
 * slip between the backup of the current state and the restored one), none into a damaged file. A
 * write that commits tells the health that there is room on the disk again.
 */
export function registerStoreWriteGuard(
  app: FastifyInstance,
  health: StoreHealth,
  onWrite: () => void = () => undefined,
): void {
  app.addHook('preHandler', async (request) => {
    const route = request.routeOptions.url
    if (!route?.startsWith('/api/')) return
    const state = health.state()
    if (state === 'restoring' && !DURING_RESTORE.has(route)) throw new ApiError(503, 'store.restoring')
    if (state === 'damaged' && !isRead(request.method) && !WHEN_DAMAGED.has(route))
      throw new ApiError(503, 'store.damaged')
  })
  app.addHook('onResponse', async (request, reply) => {
    if (!isRead(request.method) && reply.statusCode < 400 && request.routeOptions.url?.startsWith('/api/')) {
      health.noteWriteSucceeded()
      onWrite()
    }
  })
}
