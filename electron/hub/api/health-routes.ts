import type { FastifyInstance } from 'fastify'
import { API_ROUTES, type HealthResponse } from '../../../shared/api/api-routes'
import { LATEST_SCHEMA_VERSION } from '../store/migrations/migration-list'

export function registerHealthRoutes(app: FastifyInstance, version: string): void {
  app.get(API_ROUTES.health, async (): Promise<HealthResponse> => ({
    status: 'ok',
    app: 'plan-workshop',
    version,
    schemaVersion: LATEST_SCHEMA_VERSION,
  }))
}
