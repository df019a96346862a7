import type { UseQueryResult } from '@tanstack/react-query'
import { useMemo, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { parsePrintQuery } from '../../../shared/export/print-paths'
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locale/locale'
import { PrintLanguage } from './print-context'
import { PrintStatus } from './print-status'

/**
 * A print view's language and its wait: the address's ?lang=, else the workshop's language; the document
 * once its data is in, else the status (loading, or why it cannot be printed).
 */
export function PrintViewFrame<T extends { workshop: { language: Locale } }>({
  result,
  notFoundKey,
  children,
}: {
  result: UseQueryResult<T>
  notFoundKey: 'countyMissing' | 'failed'
  children: (data: T) => ReactNode
}) {
  const { search } = useLocation()
  const query = useMemo(() => parsePrintQuery(search), [search])
  const locale = query.lang ?? result.data?.workshop.language ?? DEFAULT_LOCALE
  return (
    <PrintLanguage locale={locale}>
      {result.data ? children(result.data) : <PrintStatus error={result.error} notFoundKey={notFoundKey} />}
    </PrintLanguage>
  )
}
