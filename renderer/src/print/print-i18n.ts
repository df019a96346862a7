import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LOCALE } from '../../../shared/locale/locale'
import { printMessages } from './print-messages'

/**
 * i18next for print.html with only the `print.*` strings: the print views need no other, and leaving
 * the app's whole catalogue out keeps the page a PDF export loads small. Keys are typed by the app's
 * catalogue (i18n.ts), of which these are a part.
 */
export function initPrintI18n(): void {
  void i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: { print: printMessages['zh-CN'] } },
      en: { translation: { print: printMessages.en } },
    },
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  })
}
