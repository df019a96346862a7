import type { FastifyRequest } from 'fastify'
import type { RouteAccess, RouteSpec } from '../../../shared/api/route-spec'
import type { AccessScope } from '../../../shared/join/join-schema'
import type { AccessService } from '../access/access-service'
import { ApiError } from './api-errors'
import { isCrossOrigin } from './same-origin'

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
 * Who is reading: the holder of the bearer token, else, on a loopback connection (the Electron window or
 * a browser on the hub's laptop), the facilitator. Group devices on the LAN hold group tokens, which the
 * setup API accepts only for reading what their plan needs. Changes never rely on the loopback part:
 * see `writerOf`.
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

/** Methods that change something: they need a credential in a header, wherever they come from. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'DELETE', 'PATCH'])

/**
 * Who is changing something: only the holder of the token in the Authorization header. Being on loopback
 * is no credential for a change: any web page open in a browser on the laptop reaches 127.0.0.1 too, and
 * it can send a request it cannot read the answer of (a form POST, a no-cors fetch). It cannot set a
 * header, nor read the facilitator token (that answer carries no CORS header), so the token proves the
 * hub's own pages.
 */
export function writerOf(request: FastifyRequest, access: AccessService): AccessScope | null {
  return access.verify(bearerToken(request))
}

/** A change from the hub's own machine with no token at all: the facilitator's window, but not its own page. */
function refusalWithoutCredential(request: FastifyRequest, writing: boolean): ApiError {
  if (writing && !bearerToken(request) && isLoopbackAddress(request.socket.remoteAddress)) {
    return new ApiError(403, 'auth.facilitatorRequired')
  }
  return new ApiError(401, 'auth.required')
}

/**
 * Refuses a request its caller may not make, before its body is read: 403 for a browser request from a
 * page of another origin (whatever it carries), 401 without a credential (403 for a change from loopback
 * without the facilitator token), 403 with the wrong one. Every route of the API contract goes through
 * here, so no route can forget it.
 */
/** A grant beyond a route's `access`, decided by the hub's live state (a review round). */
export type ExtraGrant = (scope: AccessScope, request: FastifyRequest, route: RouteSpec) => boolean

export function authorize(
  request: FastifyRequest,
  access: AccessService,
  route: RouteSpec,
  extraGrant?: ExtraGrant,
): void {
  const crossOrigin = isCrossOrigin({
    host: request.headers.host,
    origin: request.headers.origin,
    secFetchSite: singleHeader(request.headers['sec-fetch-site']),
  })
  if (crossOrigin) throw new ApiError(403, 'auth.crossSite')
  if (route.access === 'anyone') return
  const writing = WRITE_METHODS.has(request.method)
  const scope = writing ? writerOf(request, access) : scopeOf(request, access)
  if (!scope) throw refusalWithoutCredential(request, writing)
  if (scopeMayCall(scope, request.method, route.access, request.params)) return
  if (!extraGrant?.(scope, request, route)) throw new ApiError(403, 'auth.forbidden')
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value
}
