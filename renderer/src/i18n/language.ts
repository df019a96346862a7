import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../shared/locale/locale'
import { i18next } from './i18n'

/** localStorage key of the UI language chosen in the header. */
export const LANGUAGE_STORAGE_KEY = 'plan-workshop.language'

/** The stored choice, else Chinese (the app's first language) — never the browser's, which often is English. */
export function storedLanguage(): Locale {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLocale(value) ? value : DEFAULT_LOCALE
  } catch {
    // Storage can be disabled (private mode, locked-down browsers); the default still works.
    return DEFAULT_LOCALE
  }
}

/** The UI language in force now; also what the hub is told in Accept-Language. */
export function currentLanguage(): Locale {
  const language = i18next.language
  return isLocale(language) ? language : DEFAULT_LOCALE
}

/** Makes everything outside React follow the language: dayjs (dates, pickers) and <html lang>. */
export function applyLanguageToPage(language: Locale): void {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en')
  document.documentElement.lang = language
}

/** Switches the UI language everywhere and remembers it for the next visit. */
export async function switchLanguage(language: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not remembered, but the switch itself still happens.
  }
  applyLanguageToPage(language)
  await i18next.changeLanguage(language)
}
