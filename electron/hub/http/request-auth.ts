import type { FastifyRequest } from 'fastify'
import type { RouteAccess, RouteSpec } from '../../../shared/api/route-spec'
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

/**
 * Whether a caller may make this request. The facilitator may make any; a group or projector token only
 * GETs a route its kind is listed for, of its own workshop — and a group, where the route names a county,
 * only of its own county. A group writes only through a route listed for groups that names its own county
 * (its ballot): the contract's types allow no other.
 */
export function scopeMayCall(
  scope: AccessScope,
  method: string,
  access: RouteAccess,
  params: unknown,
): boolean {
  if (access === 'anyone' || scope.kind === 'facilitator') return true
  if (!access.includes(scope.kind)) return false
  const { workshopId, countyId } = (params ?? {}) as { workshopId?: unknown; countyId?: unknown }
  if (workshopId !== scope.workshopId) return false
  if (method !== 'GET') return scope.kind === 'group' && countyId === scope.countyId
  return scope.kind === 'projector' || countyId === undefined || countyId === scope.countyId
}

/** Refuses a request its caller may not make: 401 without a credential, 403 with the wrong one. */
export function authorize(request: FastifyRequest, access: AccessService, route: RouteSpec): void {
  if (route.access === 'anyone') return
  const scope = scopeOf(request, access)
  if (!scope) throw new ApiError(401, 'auth.required')
  if (!scopeMayCall(scope, request.method, route.access, request.params))
    throw new ApiError(403, 'auth.forbidden')
}
