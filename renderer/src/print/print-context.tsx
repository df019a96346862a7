import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Catalogue, MessageTree } from '../../../shared/i18n/catalogue'
import type { Translate } from '../../../shared/i18n/translator'
import { textIn, type Locale, type Localized } from '../../../shared/locale/locale'
import { useMessages } from '../i18n/use-messages'
import { printFormat } from './print-format'
import { printMessages } from './print-messages'

const PrintLocale = createContext<Locale>('zh-CN')

/** The export's language for everything inside, whatever language the UI is in. */
export function PrintLanguage({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <PrintLocale.Provider value={locale}>{children}</PrintLocale.Provider>
}

/** A part's own catalogue in the export's language (an exercise's printed part brings its strings). */
export function usePrintMessages<T extends MessageTree>(catalogue: Catalogue<T>): Translate<T> {
  return useMessages(catalogue, useContext(PrintLocale))
}

/** The print catalogue, number and date formats, and labels of the closed lists, in the export's language. */
export function usePrint() {
  const locale = useContext(PrintLocale)
  const t = usePrintMessages(printMessages)
  const format = useMemo(() => printFormat(locale), [locale])
  return {
    t,
    locale,
    format,
    label: (value: Localized) => textIn(value, locale),
    yuan: (amount: number) => t('yuan', { amount: format.count(amount) }),
  }
}
