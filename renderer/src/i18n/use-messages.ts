import i18next from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Catalogue, MessageTree } from '../../../shared/i18n/catalogue'
import { registerCatalogue, type Translate } from '../../../shared/i18n/translator'
import type { Locale } from '../../../shared/locale/locale'

// Untyped here on purpose: the keys are typed by the catalogue (Translate<T>), and instantiating
// react-i18next's own key types for every namespace would only slow the compiler down.
const useNamespace = useTranslation as unknown as (
  namespace: string,
  options?: { lng: Locale },
) => { t: (key: string, options?: object) => string }

/**
 * `t` for one feature's catalogue, typed by its keys. The feature's strings are registered the first time
 * it renders, so a feature (or a step loaded later) brings its own namespace and nothing central imports it.
 * With a locale, `t` speaks that language whatever the UI's (a printed plan speaks its export's).
 */
export function useMessages<T extends MessageTree>(catalogue: Catalogue<T>, locale?: Locale): Translate<T> {
  registerCatalogue(i18next, catalogue)
  const { t } = useNamespace(catalogue.namespace, locale ? { lng: locale } : undefined)
  return t as unknown as Translate<T>
}

/** The same `t` outside React (e.g. a message built in an event handler), in the current language. */
export function messagesOf<T extends MessageTree>(catalogue: Catalogue<T>): Translate<T> {
  registerCatalogue(i18next, catalogue)
  return (key, values) =>
    (i18next.t as (key: string, options: object) => string)(key, { ...values, ns: catalogue.namespace })
}
