import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/locale/locale'

/** The language the page says it is in (<html lang>): print.html has none of the app's language machinery. */
export function pageLanguage(): Locale {
  const lang = document.documentElement.lang
  return isLocale(lang) ? lang : DEFAULT_LOCALE
}
