import type { Locale } from '../../../shared/locale/locale'

/**
 * Figures and dates for the printed page, in the export's language (which may differ from the UI's).
 * Dates are ISO calendar dates: formatted in UTC so no time zone moves them a day.
 */
export interface PrintFormat {
  locale: Locale
  count(value: number): string
  /** Up to two decimals (household sizes, shares). */
  decimal(value: number): string
  date(isoDate: string): string
  dateTime(iso: string): string
}

export function printFormat(locale: Locale): PrintFormat {
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const decimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })
  return {
    locale,
    count: (value) => counts.format(value),
    decimal: (value) => decimals.format(value),
    date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
    dateTime: (iso) => dateTimes.format(new Date(iso)),
  }
}
