import { useTranslation } from 'react-i18next'
import type { Catalogue, MessageTree } from '../../../shared/i18n/catalogue'
import { registerCatalogue, type Translate } from '../../../shared/i18n/translator'
import { i18next } from './i18n'

/**
 * `t` for one feature's catalogue, typed by its keys. The feature's strings are registered the first time
 * it renders, so a feature (or a step loaded later) brings its own namespace and nothing central imports it.
 */
export function useMessages<T extends MessageTree>(catalogue: Catalogue<T>): Translate<T> {
  registerCatalogue(i18next, catalogue)
  const { t } = useTranslation(catalogue.namespace as never)
  return t as unknown as Translate<T>
}

/** The same `t` outside React (e.g. a message built in an event handler), in the current language. */
export function messagesOf<T extends MessageTree>(catalogue: Catalogue<T>): Translate<T> {
  registerCatalogue(i18next, catalogue)
  return (key, values) =>
    (i18next.t as (key: string, options: object) => string)(key, { ...values, ns: catalogue.namespace })
}
