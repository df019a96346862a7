import { API_CONTRACT, type ApiRouteName, type ApiSpec } from '../../../shared/api/api-contract'
import { apiErrorBodySchema } from '../../../shared/api/api-error'
import type { ApiCall, ApiResponse } from '../../../shared/api/api-types'
import type { FileUpload, RouteSpec } from '../../../shared/api/route-spec'
import type { Locale } from '../../../shared/locale/locale'
import { formatMessage } from '../../../shared/validation/messages'
import { currentLanguage } from '../i18n/language'
import { facilitatorCredential } from './facilitator-credential'
import { callPath, type CallParts } from './hub-client'
import { HubError } from './hub-error'
import { hubSendFile } from './hub-fetch'

/** The hub's error body (already read) as a HubError; anything else reads as "internal". */
function hubErrorOf(status: number, body: unknown, language: Locale): HubError {
  const parsed = apiErrorBodySchema.safeParse(body)
  if (!parsed.success) return new HubError(status, 'api.internal', formatMessage('api.internal', language))
  const { key, message, fields, params } = parsed.data.error
  const keyed = fields.map((field) => ({ ...field, key: field.key as HubError['key'] }))
  return new HubError(status, key as HubError['key'], message, keyed, params)
}

/** The contract's routes whose body is a file. */
type UploadRouteName = {
  [N in ApiRouteName]: ApiSpec<N> extends { upload: FileUpload } ? N : never
}[ApiRouteName]

/**
 * Sends a file as the body of an upload route of the contract and answers its JSON, reporting how much
 * has gone through `onProgress` (0–1). Like every change it carries the facilitator credential in a
 * header (the hub acts on no change without it); the page's own origin makes it a same-origin request.
 */
export async function hubUpload<N extends UploadRouteName>(
  name: N,
  input: Omit<ApiCall<N>, 'body'>,
  file: Blob,
  onProgress: (sent: number) => void,
): Promise<ApiResponse<N>> {
  const route: RouteSpec = API_CONTRACT[name]
  const language = currentLanguage()
  const token = await facilitatorCredential(language)
  let answer: { status: number; body: unknown }
  try {
    answer = await hubSendFile({
      method: route.method,
      path: callPath(route, input as CallParts),
      file,
      token,
      language,
      onProgress,
    })
  } catch {
    throw HubError.unreachable(language)
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as ApiResponse<N>
  throw hubErrorOf(answer.status, answer.body, language)
}
