import dayjs from 'dayjs'
import type { Locale } from '../../../shared/locale/locale'

/** A whole number with the language's digit grouping: 42,996. */
export function formatCount(value: number, language: Locale): string {
  return new Intl.NumberFormat(language).format(value)
}

/** An ISO date in the language's long form; dayjs supplies month names in the current language. */
export function formatDate(isoDate: string, pattern: string): string {
  return dayjs(isoDate).format(pattern)
}
