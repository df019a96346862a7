import { useEffect, useMemo } from 'react'
import { useLocation, useParams } from 'react-router'
import { parsePrintQuery } from '../../../shared/export/print-paths'
import { DEFAULT_LOCALE } from '../../../shared/locale/locale'
import { useMarginText } from './page-furniture'
import { PrintLanguage, usePrint } from './print-context'
import { PrintStatus } from './print-status'
import { usePrintReady } from './use-print-ready'
import { useSummaryPrintData, type SummaryPrintData } from './use-print-data'
import { useSummaryHeader, WorkshopSummaryDocument } from './workshop-summary-document'
import './print.css'

function ReadySummary({ data, exportedAt }: { data: SummaryPrintData; exportedAt: string }) {
  const { locale } = usePrint()
  const header = useSummaryHeader(data.workshop)
  useEffect(() => {
    document.title = header
    document.documentElement.lang = locale
  }, [header, locale])
  usePrintReady(true, null, useMarginText(header))
  return <WorkshopSummaryDocument data={data} exportedAt={exportedAt} />
}

/** The print view of the workshop summary: /print/workshops/:workshopId/summary?lang=en */
export function SummaryPrintPage() {
  const { workshopId = '' } = useParams()
  const { search } = useLocation()
  const query = useMemo(() => parsePrintQuery(search), [search])
  const exportedAt = useMemo(() => query.exportedAt ?? new Date().toISOString(), [query.exportedAt])
  const result = useSummaryPrintData(workshopId)
  const locale = query.lang ?? result.data?.workshop.language ?? DEFAULT_LOCALE
  return (
    <PrintLanguage locale={locale}>
      {result.data ? (
        <ReadySummary data={result.data} exportedAt={exportedAt} />
      ) : (
        <PrintStatus error={result.error} notFoundKey="failed" />
      )}
    </PrintLanguage>
  )
}
