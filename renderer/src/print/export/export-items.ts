import type { ApiResponse } from '../../../../shared/api/api-types'
import type { County } from '../../../../shared/county/county-schema'
import { countyFileStem, countyName, summaryFileStem } from '../../../../shared/export/county-names'
import { countyPrintPath, summaryPrintPath } from '../../../../shared/export/print-paths'
import { safeFileName, uniqueFileNames } from '../../../../shared/export/safe-file-name'
import type { Locale } from '../../../../shared/locale/locale'
import type { Plan } from '../../../../shared/live/plan-schema'
import { hubApi } from '../../api/hub-api'

/** One document the export panel offers: a county's plan, or the summary of all counties. */
export interface ExportEntry {
  key: string
  name: string
  /** The plan, for its title and status; null for the summary. */
  plan: Plan | null
  /** The county, for its tables' downloads; null for the summary. */
  county: County | null
  previewPath: string
  /** The PDF from the hub; a refusal is a HubError with the hub's sentence. */
  fetchPdf: (signal: AbortSignal) => Promise<Blob>
  fileName: string
}

/** The counties in their order, then the summary, with the same file names the CLI writes. */
export function exportEntries(
  workshopId: string,
  counties: ApiResponse<'listCounties'>,
  plans: ApiResponse<'listPlans'>,
  locale: Locale,
  summaryName: string,
): ExportEntry[] {
  const planOf = new Map(plans.map((entry) => [entry.countyId, entry.plan]))
  const query = { lang: locale }
  const entries: ExportEntry[] = counties.map((county) => ({
    key: county.id,
    name: countyName(county, locale),
    plan: planOf.get(county.id) ?? null,
    county,
    previewPath: countyPrintPath(workshopId, county.id, { lang: locale, exportedAt: null }),
    fetchPdf: (signal) =>
      hubApi.call('planPdf', { params: { workshopId, countyId: county.id }, query }, { signal }),
    fileName: safeFileName(countyFileStem(county, locale), 'pdf', `county-${county.id}`),
  }))
  entries.push({
    key: 'summary',
    name: summaryName,
    plan: null,
    county: null,
    previewPath: summaryPrintPath(workshopId, { lang: locale, exportedAt: null }),
    fetchPdf: (signal) => hubApi.call('summaryPdf', { params: { workshopId }, query }, { signal }),
    fileName: safeFileName(summaryFileStem(locale), 'pdf', 'summary'),
  })
  const names = uniqueFileNames(entries.map((entry) => entry.fileName))
  return entries.map((entry, index) => ({ ...entry, fileName: names[index]! }))
}
