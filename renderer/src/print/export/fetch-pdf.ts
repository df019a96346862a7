import { apiErrorBodySchema } from '../../../../shared/api/api-error'
import { formatMessage } from '../../../../shared/validation/messages'
import { HubError } from '../../api/hub-error'
import { currentLanguage } from '../../i18n/language'

/** A PDF from the hub (plan.pdf or summary.pdf); a refusal becomes a HubError with the hub's sentence. */
export async function fetchPdf(path: string, signal?: AbortSignal): Promise<Blob> {
  const language = currentLanguage()
  let response: Response
  try {
    response = await fetch(path, { signal, headers: { 'Accept-Language': language } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw HubError.unreachable(language)
  }
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(await response.json().catch(() => null))
    const key = parsed.success ? parsed.data.error.key : 'api.internal'
    const message = parsed.success ? parsed.data.error.message : formatMessage('api.internal', language)
    throw new HubError(response.status, key as HubError['key'], message)
  }
  return response.blob()
}

/**
 * Hands a file to the browser as a download (in the desktop app, Electron asks where to save it).
 * The object URL is kept a moment: revoking it at once can cancel the download in some browsers.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
