import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type HealthResponse } from '../../../shared/api/api-routes'
import { LATEST_SCHEMA_VERSION } from '../store/migrations/migration-list'

/** `recovery`: the hub serves only the recovery screen (there is no database, hence no generation). */
export function registerHealthRoutes(
  app: FastifyInstance,
  version: string,
  generation: () => string | null,
  status: HealthResponse['status'] = 'ok',
): void {
  app.get(API_ROUTES.health, async (): Promise<HealthResponse> => ({
    status,
    app: 'plan-workshop',
    version,
    schemaVersion: LATEST_SCHEMA_VERSION,
    generation: generation(),
  }))
}
