import { apiErrorBodySchema } from '../../../shared/api/api-error'
import type { Locale } from '../../../shared/locale/locale'
import { formatMessage } from '../../../shared/validation/messages'
import { currentLanguage } from '../i18n/language'
import { HubError } from './hub-error'

/** The hub's error body (already read) as a HubError; anything else reads as "internal". */
function hubErrorOf(status: number, body: unknown, language: Locale): HubError {
  const parsed = apiErrorBodySchema.safeParse(body)
  if (!parsed.success) return new HubError(status, 'api.internal', formatMessage('api.internal', language))
  return new HubError(status, parsed.data.error.key as HubError['key'], parsed.data.error.message)
}

/** A file from the hub (a PDF, a workshop file); a refusal becomes a HubError with the hub's sentence. */
export async function hubDownload(path: string, signal?: AbortSignal): Promise<Blob> {
  const language = currentLanguage()
  let response: Response
  try {
    response = await fetch(path, { signal, headers: { 'Accept-Language': language } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw HubError.unreachable(language)
  }
  if (!response.ok) throw hubErrorOf(response.status, await response.json().catch(() => null), language)
  return response.blob()
}

/**
 * Sends a file as the request's body and answers the hub's JSON. XMLHttpRequest rather than fetch:
 * only it reports how much of a large body has gone, which is what `onProgress` (0–1) shows.
 */
export function hubUpload<T>(path: string, file: Blob, onProgress: (sent: number) => void): Promise<T> {
  const language = currentLanguage()
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', path)
    request.setRequestHeader('Accept', 'application/json')
    request.setRequestHeader('Accept-Language', language)
    request.setRequestHeader('Content-Type', 'application/octet-stream')
    request.responseType = 'json'
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    request.onerror = () => reject(HubError.unreachable(language))
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) resolve(request.response as T)
      else reject(hubErrorOf(request.status, request.response, language))
    }
    request.send(file)
  })
}
