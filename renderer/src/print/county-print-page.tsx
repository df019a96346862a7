import { useEffect, useMemo } from 'react'
import { useLocation, useParams } from 'react-router'
import { parsePrintQuery } from '../../../shared/export/print-paths'
import { DEFAULT_LOCALE } from '../../../shared/locale/locale'
import { countyName } from '../../../shared/export/county-names'
import { planHeader, useMarginText } from './page-furniture'
import { PlanDocument, usePlanTitle } from './plan-document'
import { PrintLanguage, usePrint } from './print-context'
import { PrintStatus } from './print-status'
import { usePrintReady } from './use-print-ready'
import { useCountyPrintData, type CountyPrintData } from './use-print-data'
import './print.css'

function ReadyPlan({ data, exportedAt }: { data: CountyPrintData; exportedAt: string }) {
  const { locale } = usePrint()
  const title = usePlanTitle(data)
  useEffect(() => {
    // The PDF's title and language come from the page.
    document.title = `${countyName(data.county, locale)} · ${title}`
    document.documentElement.lang = locale
  }, [data.county, locale, title])
  usePrintReady(true, null, useMarginText(planHeader(countyName(data.county, locale), title)))
  return <PlanDocument data={data} exportedAt={exportedAt} />
}

/** The print view of one county's plan: /print/workshops/:workshopId/counties/:countyId?lang=en */
export function CountyPrintPage() {
  const { workshopId = '', countyId = '' } = useParams()
  const { search } = useLocation()
  const query = useMemo(() => parsePrintQuery(search), [search])
  // Fixed once per page load, so a re-render never changes the printed time.
  const exportedAt = useMemo(() => query.exportedAt ?? new Date().toISOString(), [query.exportedAt])
  const result = useCountyPrintData(workshopId, countyId, query.version ?? null)
  const locale = query.lang ?? result.data?.workshop.language ?? DEFAULT_LOCALE
  return (
    <PrintLanguage locale={locale}>
      {result.data ? (
        <ReadyPlan data={result.data} exportedAt={exportedAt} />
      ) : (
        <PrintStatus error={result.error} notFoundKey="countyMissing" />
      )}
    </PrintLanguage>
  )
}
