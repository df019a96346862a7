import i18next, { type i18n as I18n } from 'i18next'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locale/locale'
import type { Catalogue, MessageKey, MessageTree } from './catalogue'

export type Translate<T> = (key: MessageKey<T>, values?: Record<string, unknown>) => string

/** Adds a catalogue's namespace to an i18next instance, once; safe to call on every use. */
export function registerCatalogue(i18n: I18n, catalogue: Catalogue): void {
  for (const locale of LOCALES) {
    if (!i18n.hasResourceBundle(locale, catalogue.namespace))
      i18n.addResourceBundle(locale, catalogue.namespace, catalogue.messages[locale], true, false)
  }
}

/** `t` for one catalogue in one language (or the instance's current language when none is given). */
export function translator<T extends MessageTree>(
  i18n: I18n,
  catalogue: Catalogue<T>,
  locale?: Locale,
): Translate<T> {
  registerCatalogue(i18n, catalogue)
  const t = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string
  // Looked up at each call, not fixed: without a locale, `t` follows the instance's language changes.
  return (key, values) => t(key, { ...values, ns: catalogue.namespace, ...(locale ? { lng: locale } : {}) })
}

/**
 * A ready i18next instance for code outside the renderer (the hub, the Electron shell, the CLI):
 * synchronous, no escaping (text goes to JSON, menus and terminals, never into HTML unescaped).
 */
export function createI18n(language: Locale = DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    resources: {},
    initAsync: false,
    interpolation: { escapeValue: false },
    // A value the caller forgot stays visible as {{name}} rather than vanishing from the sentence.
    missingInterpolationHandler: (_text: string, match: string[]) => match[0],
    returnNull: false,
    showSupportNotice: false,
  })
  return instance
}
