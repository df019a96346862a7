import { useEffect, useMemo } from 'react'
import { useLocation, useParams } from 'react-router'
import { parsePrintQuery } from '../../../shared/export/print-paths'
import { DEFAULT_LOCALE } from '../../../shared/locale/locale'
import { useMarginText } from './page-furniture'
import { PrintLanguage, usePrint } from './print-context'
import { PrintStatus } from './print-status'
import { usePrintReady } from './use-print-ready'
import { useSummaryPrintData, type SummaryPrintData } from './use-print-data'
import { WorkshopSummaryDocument } from './workshop-summary-document'
import './print.css'

function ReadySummary({ data, exportedAt }: { data: SummaryPrintData; exportedAt: string }) {
  const { t, locale } = usePrint()
  useEffect(() => {
    document.title = `${data.workshop.title} · ${t('workshopSummary.title')}`
    document.documentElement.lang = locale
  }, [data.workshop.title, locale, t])
  usePrintReady(true, null, useMarginText(`${data.workshop.title} · ${t('workshopSummary.title')}`))
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
