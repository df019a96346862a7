import i18next from 'i18next'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue, MessageTree } from '../../../shared/i18n/catalogue'
import { translator, type Translate } from '../../../shared/i18n/translator'
import { textIn, type Locale, type Localized } from '../../../shared/locale/locale'
import { printFormat } from './print-format'

const PrintLocale = createContext<Locale>('zh-CN')

/** The export's language for everything inside, whatever language the UI is in. */
export function PrintLanguage({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <PrintLocale.Provider value={locale}>{children}</PrintLocale.Provider>
}

/** Strings (`print.*`), number and date formats, and labels of the closed lists, in the export's language. */
export function usePrint() {
  const locale = useContext(PrintLocale)
  const { t } = useTranslation('translation', { lng: locale, keyPrefix: 'print' })
  const format = useMemo(() => printFormat(locale), [locale])
  return {
    t,
    locale,
    format,
    label: (value: Localized) => textIn(value, locale),
    yuan: (amount: number) => t('yuan', { amount: format.count(amount) }),
  }
}

/** A feature's own catalogue in the export's language: each exercise brings the strings of its printed part. */
export function usePrintMessages<T extends MessageTree>(catalogue: Catalogue<T>): Translate<T> {
  const locale = useContext(PrintLocale)
  return useMemo(() => translator(i18next, catalogue, locale), [catalogue, locale])
}
