import type { Locale } from './locale'

/**
 * A text kept as a Chinese field and an optional English one (a county's name, a product, a workshop's
 * title): the reader's language when it is given, else the Chinese. Each screen and export shows one
 * language; the English field is for English readers only and never appended as a gloss.
 */
export function pairedText(chinese: string, english: string, locale: Locale): string {
  return locale === 'en' && english.trim() !== '' ? english.trim() : chinese.trim()
}
