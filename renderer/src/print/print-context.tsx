import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
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
