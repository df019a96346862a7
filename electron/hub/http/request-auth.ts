import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  GROUP_READABLE_API_ROUTES,
  PROJECTOR_READABLE_API_ROUTES,
  PUBLIC_API_ROUTES,
} from '../../../shared/api/api-routes'
import type { AccessScope } from '../../../shared/join/join-schema'
import type { AccessService } from '../access/access-service'
import { ApiError } from './api-errors'

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1] ?? null
}

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
}

/**
 * The facilitator is whoever sits at the hub's own machine (a loopback connection: the Electron
 * window or a browser on that laptop) or presents the facilitator token. Group devices on the LAN
 * hold group tokens, which the setup API accepts only for reading what their plan needs.
 */
export function scopeOf(request: FastifyRequest, access: AccessService): AccessScope | null {
  const token = bearerToken(request)
  if (token) return access.verify(token)
  return isLoopbackAddress(request.socket.remoteAddress) ? { kind: 'facilitator' } : null
}

const groupReadableRoutes = new Set<string>(GROUP_READABLE_API_ROUTES)
const projectorReadableRoutes = new Set<string>(PROJECTOR_READABLE_API_ROUTES)

/**
 * A group may GET the group-readable routes of its own workshop (and, where a route names a county, of
 * its own county), and nothing else of the setup API.
 */
export function groupMayCall(
  scope: Extract<AccessScope, { kind: 'group' }>,
  method: string,
  route: string,
  params: unknown,
): boolean {
  if (method !== 'GET' || !groupReadableRoutes.has(route)) return false
  const { workshopId, countyId } = (params ?? {}) as { workshopId?: unknown; countyId?: unknown }
  return workshopId === scope.workshopId && (countyId === undefined || countyId === scope.countyId)
}

/** A projector may GET what the room is shown of its own workshop, and nothing else. */
export function projectorMayCall(
  scope: Extract<AccessScope, { kind: 'projector' }>,
  method: string,
  route: string,
  params: unknown,
): boolean {
  if (method !== 'GET' || !projectorReadableRoutes.has(route)) return false
  return (params as { workshopId?: unknown } | undefined)?.workshopId === scope.workshopId
}

/** Every /api route except the public ones answers only to the facilitator, and to groups as above. */
export function registerApiGuard(app: FastifyInstance, access: AccessService): void {
  const publicRoutes = new Set<string>(PUBLIC_API_ROUTES)
  app.addHook('preHandler', async (request) => {
    const route = request.routeOptions.url
    if (!route?.startsWith('/api/') || publicRoutes.has(route)) return
    const scope = scopeOf(request, access)
    if (!scope) throw new ApiError(401, 'auth.required')
    if (scope.kind === 'facilitator') return
    const allowed =
      scope.kind === 'group'
        ? groupMayCall(scope, request.method, route, request.params)
        : projectorMayCall(scope, request.method, route, request.params)
    if (!allowed) throw new ApiError(403, 'auth.forbidden')
  })
}
