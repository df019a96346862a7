import type { RouteHandlers } from '../http/route-handlers'
import { LATEST_SCHEMA_VERSION } from '../store/migrations/migration-list'

export function healthRoutes(version: string): RouteHandlers<'health'> {
  return {
    health: async () => ({
      status: 'ok',
      app: 'plan-workshop',
      version,
      schemaVersion: LATEST_SCHEMA_VERSION,
    }),
  }
}
