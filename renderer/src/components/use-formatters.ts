import { useLanguage } from '../i18n/use-language'
import { formatCount, formatDate } from './format'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from './common-messages'

/** Figures, dates and durations worded for the current language. */
export function useFormatters() {
  const t = useMessages(commonMessages)
  const language = useLanguage()
  const datePattern = t('format.date')
  return {
    count: (value: number) => formatCount(value, language),
    date: (isoDate: string) => formatDate(isoDate, datePattern),
    dateRange: (start: string, end: string) =>
      t('format.dateRange', { start: formatDate(start, datePattern), end: formatDate(end, datePattern) }),
    duration: (totalMinutes: number) => {
      const hours = Math.floor(totalMinutes / 60)
      const minutes = totalMinutes % 60
      if (hours === 0) return t('format.durationMinutes', { minutes })
      if (minutes === 0) return t('format.durationHours', { hours })
      return t('format.durationHoursMinutes', { hours, minutes })
    },
  }
}
