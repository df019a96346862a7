import type { HealthResponse } from '../../../shared/api/api-contract'
import type { RouteHandlers } from '../http/route-handlers'
import { LATEST_SCHEMA_VERSION } from '../store/migrations/migration-list'

/** `recovery`: the hub serves only the recovery screen (there is no database, hence no generation). */
export function healthRoutes(
  version: string,
  generation: () => string | null,
  status: HealthResponse['status'] = 'ok',
): RouteHandlers<'health'> {
  return {
    health: async () => ({
      status,
      app: 'plan-workshop',
      version,
      schemaVersion: LATEST_SCHEMA_VERSION,
      generation: generation(),
    }),
  }
}
