import type { z } from 'zod'
import type { ApiRouteName, ApiSpec } from './api-contract'
import type { RouteParams } from './api-routes'
import type { JsonReply } from './route-spec'

/** The `:name` values of a route's path. */
export type ApiParams<N extends ApiRouteName> = RouteParams<ApiSpec<N>['path']>

type QuerySchema<N extends ApiRouteName> = ApiSpec<N> extends { query: infer Q extends z.ZodType } ? Q : never
type BodySchema<N extends ApiRouteName> = ApiSpec<N> extends { body: infer B extends z.ZodType } ? B : never

/** What a handler receives, once validated (schemas' output: defaults filled in, text trimmed). */
export interface ApiInput<N extends ApiRouteName> {
  params: ApiParams<N>
  query: [QuerySchema<N>] extends [never] ? undefined : z.output<QuerySchema<N>>
  body: [BodySchema<N>] extends [never] ? undefined : z.output<BodySchema<N>>
}

/** The body of a route's JSON answer (void for 204; the hub and the client each type a download). */
export type ApiResponse<N extends ApiRouteName> =
  ApiSpec<N>['reply'] extends JsonReply<infer T>
    ? T
    : ApiSpec<N>['reply'] extends { kind: 'empty' }
      ? void
      : never

type ParamsPart<N extends ApiRouteName> = keyof ApiParams<N> extends never
  ? { params?: undefined }
  : { params: ApiParams<N> }
type QueryPart<N extends ApiRouteName> = [QuerySchema<N>] extends [never]
  ? { query?: undefined }
  : object extends z.input<QuerySchema<N>>
    ? { query?: z.input<QuerySchema<N>> }
    : { query: z.input<QuerySchema<N>> }
type BodyPart<N extends ApiRouteName> = [BodySchema<N>] extends [never]
  ? { body?: undefined }
  : undefined extends z.input<BodySchema<N>>
    ? { body?: z.input<BodySchema<N>> }
    : { body: z.input<BodySchema<N>> }

/** What a caller sends: the params its path needs, and the query and body its schemas accept. */
export type ApiCall<N extends ApiRouteName> = ParamsPart<N> & QueryPart<N> & BodyPart<N>

/** Whether a call needs no input at all (then the client lets it be left out). */
export type NeedsNoInput<N extends ApiRouteName> = object extends ApiCall<N> ? true : false
