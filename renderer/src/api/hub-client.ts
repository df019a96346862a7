import { API_CONTRACT, type ApiRouteName, type ApiSpec } from '../../../shared/api/api-contract'
import { apiPath, type ApiRoute, type RouteParams } from '../../../shared/api/api-routes'
import type { ApiCall, ApiResponse, NeedsNoInput } from '../../../shared/api/api-types'
import type { ApiReply, DownloadReply, RouteSpec } from '../../../shared/api/route-spec'
import type { Locale } from '../../../shared/locale/locale'
import { hubRequest } from './hub-request'

export interface CallOptions {
  token?: string
  signal?: AbortSignal
}

/** What a call resolves to: the contract's body, or a Blob for a download. */
export type CallResult<N extends ApiRouteName> = ApiSpec<N>['reply'] extends DownloadReply
  ? Blob
  : ApiResponse<N>

type CallArgs<N extends ApiRouteName> =
  NeedsNoInput<N> extends true
    ? [input?: ApiCall<N>, options?: CallOptions]
    : [input: ApiCall<N>, options?: CallOptions]

export interface HubClientConfig {
  /** The language the hub should word its refusals in. */
  language: () => Locale
  /**
   * The credential sent with a change (POST, PUT, DELETE) a call names none for: the hub acts on no change
   * without one in a header. Reads send none and the hub decides by where they come from.
   */
  writeToken?: (language: Locale) => Promise<string | undefined>
}

export interface HubClient {
  /** Calls a route of the API contract by name; input and answer are typed by it. */
  call<N extends ApiRouteName>(name: N, ...args: CallArgs<N>): Promise<CallResult<N>>
}

/** A call's input, once the contract's types have checked it at the call site. */
export interface CallParts {
  params?: object
  query?: object
  body?: unknown
}

/** The path and query string of a call. */
export function callPath(route: RouteSpec, input: CallParts = {}): string {
  const path = apiPath(route.path as ApiRoute, (input.params ?? {}) as RouteParams<ApiRoute>)
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined) query.set(name, String(value))
  }
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

function read(reply: ApiReply, response: Response): Promise<unknown> {
  switch (reply.kind) {
    case 'json':
      return response.json()
    case 'empty':
      return Promise.resolve(undefined)
    case 'download':
      return response.blob()
  }
}

export function createHubClient(config: HubClientConfig): HubClient {
  return {
    async call<N extends ApiRouteName>(name: N, ...[call, options = {}]: CallArgs<N>) {
      const route: RouteSpec = API_CONTRACT[name]
      const input = call as CallParts | undefined
      const language = config.language()
      const changes = route.method !== 'GET' && route.access !== 'anyone'
      const token = options.token ?? (changes ? await config.writeToken?.(language) : undefined)
      const response = await hubRequest({
        method: route.method,
        path: callPath(route, input),
        body: input?.body,
        token,
        signal: options.signal,
        language,
        accept: route.reply.kind === 'download' ? route.reply.mediaType : undefined,
      })
      return (await read(route.reply, response)) as CallResult<N>
    },
  }
}
