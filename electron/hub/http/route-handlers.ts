import type { FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify'
import type { ApiRouteName, ApiSpec } from '../../../shared/api/api-contract'
import type { ApiInput, ApiResponse } from '../../../shared/api/api-types'
import type { DownloadReply } from '../../../shared/api/route-spec'

/** What a download handler hands back: the file's bytes and the name the browser saves it under. */
export interface FileDownload {
  bytes: Uint8Array
  fileName: string
}

export type HandlerResult<N extends ApiRouteName> = ApiSpec<N>['reply'] extends DownloadReply
  ? FileDownload
  : ApiResponse<N>

/**
 * A route's implementation, given its validated input; it answers the contract's body (the registration
 * sets the status and sends it). `request` and `reply` are there for what only they know: the caller's
 * address and token, a response header.
 */
export type RouteHandler<N extends ApiRouteName> = (
  input: ApiInput<N>,
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<HandlerResult<N>>

/** A handler, or one with Fastify route options of its own (a rate limit). */
export type RouteImplementation<N extends ApiRouteName> =
  RouteHandler<N> | { options: Pick<RouteShorthandOptions, 'config'>; handle: RouteHandler<N> }

/** A feature's handlers, by contract name. */
export type RouteHandlers<N extends ApiRouteName> = { [K in N]: RouteImplementation<K> }
