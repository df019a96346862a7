import type { Locale } from '../../shared/locale/locale'
import { formatMessage } from '../../shared/validation/messages'
import { StoreRefusedError } from '../hub/store/store-errors'
import { shellMessage } from './shell-messages'

export interface StartupErrorDialog {
  title: string
  message: string
}

/**
 * What the facilitator reads when the hub cannot start. A refused data folder already has a sentence that says
 * what to do; any other failure gets a general one with the technical reason appended for support.
 */
export function describeStartupError(error: unknown, locale: Locale): StartupErrorDialog {
  const title = shellMessage('startup.failedTitle', locale)
  if (error instanceof StoreRefusedError) {
    return { title, message: formatMessage(error.key, locale, error.params) }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return { title, message: shellMessage('startup.hubFailed', locale, { reason }) }
}
