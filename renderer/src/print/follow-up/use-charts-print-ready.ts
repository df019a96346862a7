import { useCallback, useEffect, useState } from 'react'
import type { Locale } from '../../../../shared/locale/locale'
import { useMarginText } from '../page-furniture'
import { usePrintReady } from '../use-print-ready'

/**
 * A review print view with charts: titled, in its language, and ready to print once its charts say they
 * are drawn (at once when it has none). Returns what the charts call when they are.
 */
export function useChartsPrintReady(title: string, locale: Locale, noCharts = false): () => void {
  const [drawn, setDrawn] = useState(false)
  const onAllDrawn = useCallback(() => setDrawn(true), [])
  useEffect(() => {
    document.title = title
    document.documentElement.lang = locale
  }, [title, locale])
  usePrintReady(drawn || noCharts, null, useMarginText(title))
  return onAllDrawn
}
