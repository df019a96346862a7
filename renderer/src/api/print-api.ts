import type { ApiRouteName, ApiSpec } from '../../../shared/api/api-contract'
import { apiPath, type RouteParams } from '../../../shared/api/api-routes'
import type { ApiResponse } from '../../../shared/api/api-types'
import type { JsonReply } from '../../../shared/api/route-spec'
import { takePrefetched } from './hub-prefetch'
import { hubRequest } from './hub-request'
import { pageLanguage } from './page-language'

/** The contract's routes that GET JSON. */
type JsonGet = {
  [N in ApiRouteName]: ApiSpec<N> extends { method: 'GET'; reply: JsonReply<unknown> } ? N : never
}[ApiRouteName]
type JsonGetPath = ApiSpec<JsonGet>['path']
/** The contract's answer to a GET of this path. */
type AnswerTo<P extends JsonGetPath> = {
  [N in JsonGet]: ApiSpec<N>['path'] extends P ? ApiResponse<N> : never
}[JsonGet]

/**
 * The print views' client (print.html, and the same views inside the app), as small as print.html must
 * stay: it reads the contract's types only, not its schemas (nor React Query, antd or the app's language
 * machinery), and takes the answers print.html's first script asked for.
 */
export const printApi = {
  async get<P extends JsonGetPath>(route: P, params: RouteParams<P>): Promise<AnswerTo<P>> {
    const path = apiPath(route, params)
    const response = await hubRequest({
      method: 'GET',
      path,
      language: pageLanguage(),
      pending: takePrefetched(path),
    })
    return (await response.json()) as AnswerTo<P>
  },
}
