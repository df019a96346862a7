import { apiErrorBodySchema } from '../../../shared/api/api-error'
import type { Locale } from '../../../shared/locale/locale'
import { formatMessage } from '../../../shared/validation/messages'
import { currentLanguage } from '../i18n/language'
import { HubError } from './hub-error'

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface HubRequestOptions {
  /** A bearer token (a group device's join); without one the hub decides by where the request comes from. */
  token?: string
}

/**
 * One JSON request to the hub on the same origin. The hub words its errors in the Accept-Language
 * it is sent, so the current UI language goes with every request.
 */
export async function hubRequest<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: HubRequestOptions = {},
): Promise<T> {
  const language = currentLanguage()
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (options.token) headers.Authorization = `Bearer ${options.token}`

  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    // fetch only rejects when no answer came back at all: the hub is stopped or the network is down.
    throw HubError.unreachable(language)
  }

  if (!response.ok) throw await errorFrom(response, language)
  if (response.status === 204) return undefined as T
  return (await response.json()) as T
}

/** The hub's error body as a HubError; a body that is not one (a proxy's page, a crash) reads as "internal". */
async function errorFrom(response: Response, language: Locale): Promise<HubError> {
  const parsed = apiErrorBodySchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success) {
    return new HubError(response.status, 'api.internal', formatMessage('api.internal', language))
  }
  const { key, message, fields } = parsed.data.error
  // The schema's refine guarantees these are catalogue keys; the casts only restore the narrow type.
  return new HubError(
    response.status,
    key as HubError['key'],
    message,
    fields.map((field) => ({ ...field, key: field.key as HubError['key'] })),
  )
}
