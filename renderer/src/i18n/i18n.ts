import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../../shared/locale/locale'

/**
 * Initialises i18next synchronously and empty: each feature registers its own catalogue when it first
 * renders (useMessages), so the first render is already translated and nothing here imports a feature.
 * The app and the print view (print.html) share this.
 */
export function initI18n(language: Locale = DEFAULT_LOCALE): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    initAsync: false,
    // React escapes what it renders; escaping here too would show &quot; in titles.
    interpolation: { escapeValue: false },
    // Catalogues are registered synchronously as features render, so nothing is ever waited for: a
    // suspended tree would tear down live editors (TipTap) mid-session and crash them on the way back.
    react: { useSuspense: false },
    returnNull: false,
    showSupportNotice: false,
  })
  return i18next
}

export { i18next }
