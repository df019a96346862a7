import type { Locale } from '../../shared/locale/locale'
import { formatMessage } from '../../shared/validation/messages'
import { storeProblemSentences } from '../hub/store/recovery/store-problem-sentences'
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
export function describeStartupError(error: unknown, locale: Locale, dataDir = ''): StartupErrorDialog {
  const title = shellMessage('startup.failedTitle', locale)
  if (error instanceof StoreRefusedError) {
    return { title, message: formatMessage(error.key, locale, error.params) }
  }
  // A data folder that cannot be written, or a backup that failed before a database update.
  const sentences = storeProblemSentences(error, { locale, dataDir })
  if (sentences) return { title, message: sentences.join('\n') }
  const reason = error instanceof Error ? error.message : String(error)
  return { title, message: shellMessage('startup.hubFailed', locale, { reason }) }
}
