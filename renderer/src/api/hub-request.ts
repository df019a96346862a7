import { apiErrorBodySchema } from '../../../shared/api/api-error'
import type { Locale } from '../../../shared/locale/locale'
import { formatMessage } from '../../../shared/validation/messages'
import { HubError } from './hub-error'
import { hubFetch, type HubFetch } from './hub-fetch'

export interface HubRequest extends HubFetch {
  /** The answer to this same request, already on its way (print.html asks early). */
  pending?: Promise<Response>
}

/**
 * A request to the hub that answered 2xx. Otherwise a HubError: status 0 when no answer came back at all
 * (the hub is stopped or the network is down), else the hub's refusal in its own words. A request
 * cancelled through its signal rejects with the abort, not as a failure.
 */
export async function hubRequest(request: HubRequest): Promise<Response> {
  let response: Response
  try {
    response = await (request.pending ?? hubFetch(request))
  } catch (error) {
    if (request.signal?.aborted) throw error
    throw HubError.unreachable(request.language)
  }
  if (!response.ok) throw await errorFrom(response, request.language)
  return response
}

/** The hub's error body as a HubError; a body that is not one (a proxy's page, a crash) reads as "internal". */
async function errorFrom(response: Response, language: Locale): Promise<HubError> {
  const parsed = apiErrorBodySchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success) {
    return new HubError(response.status, 'api.internal', formatMessage('api.internal', language))
  }
  const { key, message, fields, params } = parsed.data.error
  // The schema's refine guarantees these are catalogue keys; the casts only restore the narrow type.
  return new HubError(
    response.status,
    key as HubError['key'],
    message,
    fields.map((field) => ({ ...field, key: field.key as HubError['key'] })),
    params,
  )
}
