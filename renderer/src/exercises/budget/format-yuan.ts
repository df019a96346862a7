import type { Locale } from '../../../../shared/locale/locale'

/** An amount in yuan with the language's grouping, to the fen when there are fen: 1,250,000 · 3,500.5. */
export function formatYuan(amount: number, language: Locale): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(amount)
}

/** The same amount in 万元 (ten thousands of yuan), the unit county budgets are usually read in. */
export function formatWan(amount: number, language: Locale): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(amount / 10_000)
}
