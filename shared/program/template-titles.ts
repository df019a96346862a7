import { messageLeaves } from '../i18n/catalogue'
import { LOCALES, type Locale } from '../locale/locale'
import { programMessages } from './program-messages'

/** Each text a programme template writes into a new agenda (in either language) → its catalogue key. */
const KEY_OF_TEXT = new Map<string, string>(
  LOCALES.flatMap((locale) =>
    messageLeaves(programMessages.messages[locale]).map(([key, text]): [string, string] => [text, key]),
  ),
)
const TEXT_OF_KEY: Record<Locale, Map<string, string>> = {
  'zh-CN': new Map(messageLeaves(programMessages.messages['zh-CN'])),
  en: new Map(messageLeaves(programMessages.messages.en)),
}

/**
 * An agenda title as the reader's language shows it. A new agenda gets its day, session and opening
 * titles from a template in the workshop's language; untouched, they are the app's words, not the
 * facilitator's, so an English console shows "Morning" for a Chinese workshop's 上午. A title the
 * facilitator wrote (or changed) is shown as written.
 */
export function templateTitleIn(title: string, locale: Locale): string {
  const key = KEY_OF_TEXT.get(title.trim())
  return (key && TEXT_OF_KEY[locale].get(key)) ?? title
}
