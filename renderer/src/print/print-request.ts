import { isLocale } from '../../../shared/locale/locale'
import { formatMessage, isMessageKey } from '../../../shared/validation/messages'
import { HubError } from '../api/hub-error'
import { jsonRequest, takePrefetched } from './print-prefetch'

/**
 * A GET of JSON from the hub for the print views: like the app's hubRequest, but without the app's
 * language machinery (print.html does not load it). Errors come back as HubError with the hub's sentence.
 */
export async function getJson<T>(path: string): Promise<T> {
  const lang = document.documentElement.lang
  const locale = isLocale(lang) ? lang : 'zh-CN'
  let response: Response
  try {
    response = await (takePrefetched(path) ?? jsonRequest(path))
  } catch {
    throw HubError.unreachable(locale)
  }
  if (response.ok) return (await response.json()) as T
  const body = (await response.json().catch(() => null)) as {
    error?: { key?: unknown; message?: unknown }
  } | null
  const key = isMessageKey(body?.error?.key) ? body.error.key : 'api.internal'
  const message = typeof body?.error?.message === 'string' ? body.error.message : formatMessage(key, locale)
  throw new HubError(response.status, key, message)
}
