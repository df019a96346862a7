import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locale/locale'
import { en } from './en'
import { zhCN, type Messages } from './zh-CN'

/** Typed keys: `t('counties.add')` is checked by the compiler, a typo does not build. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

export const RESOURCES: Record<Locale, Messages> = { 'zh-CN': zhCN, en }

/** Initialises i18next synchronously (the resources are bundled), so the first render is already translated. */
export function initI18n(language: Locale): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en'],
    initAsync: false,
    // React escapes what it renders; escaping here too would show &quot; in titles.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  })
  return i18next
}

export { i18next }
