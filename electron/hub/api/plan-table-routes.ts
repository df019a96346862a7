import type { Hocuspocus } from '@hocuspocus/server'
import { countyName } from '../../../shared/export/county-names'
import type { Locale } from '../../../shared/locale/locale'
import { pairedText } from '../../../shared/locale/paired-text'
import { PLAN_JSON_FORMAT, PLAN_JSON_VERSION, type PlanJson } from '../../../shared/plan-tables/plan-json'
import { planTable, planTables } from '../../../shared/plan-tables/plan-tables'
import { tableContext } from '../../../shared/plan-tables/table-context'
import { tableCsv } from '../../../shared/plan-tables/table-csv'
import {
  planJsonFileName,
  tableFileName,
  workbookFileName,
} from '../../../shared/plan-tables/table-file-names'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import { planWorkbook } from '../plan-tables/plan-workbook'
import type { Store } from '../store/store'
import { readCountyPlan } from './plan-reader'

const utf8 = (text: string) => new TextEncoder().encode(text)

/**
 * A county plan's tables and data as files for the offices that re-use them: the workbook, one table
 * as CSV, the whole plan as JSON. Read from the plan as it stands, as the PDF is; the facilitator, and
 * the county's own group for its own plan.
 */
export function planTableRoutes(
  store: Store,
  hocuspocus: Hocuspocus,
): RouteHandlers<'planXlsx' | 'planCsv' | 'planJson'> {
  const countyPlan = async (workshopId: string, countyId: string, lang: Locale | undefined) => {
    const workshop = store.workshops.get(workshopId)
    const county = store.counties.get(workshopId, countyId)
    if (!workshop || !county) throw notFound()
    const plan = await readCountyPlan(store, hocuspocus, workshopId, county)
    return { workshop, county, plan, locale: lang ?? workshop.language }
  }

  return {
    planXlsx: async ({ params: { workshopId, countyId }, query: { lang } }) => {
      const { workshop, county, plan, locale } = await countyPlan(workshopId, countyId, lang)
      const { t } = tableContext(locale)
      const names = {
        county: countyName(county, locale),
        workshop: pairedText(workshop.title, workshop.titleEn, locale),
      }
      return {
        bytes: await planWorkbook(planTables(plan, locale), (table) =>
          t('titleRow', { ...names, table: table.title }),
        ),
        fileName: workbookFileName(county, locale),
      }
    },

    planCsv: async ({ params: { workshopId, countyId }, query: { lang, table } }) => {
      const { county, plan, locale } = await countyPlan(workshopId, countyId, lang)
      return {
        bytes: utf8(tableCsv(planTable(plan, table, locale))),
        fileName: tableFileName(county, table, locale),
      }
    },

    planJson: async ({ params: { workshopId, countyId }, query: { lang } }) => {
      const { workshop, county, plan, locale } = await countyPlan(workshopId, countyId, lang)
      const file: PlanJson = {
        format: PLAN_JSON_FORMAT,
        formatVersion: PLAN_JSON_VERSION,
        exportedAt: new Date().toISOString(),
        workshop: { id: workshop.id, title: workshop.title, titleEn: workshop.titleEn },
        county: { id: county.id, name: county.name, nameEn: county.nameEn },
        plan,
      }
      return { bytes: utf8(`${JSON.stringify(file, null, 2)}\n`), fileName: planJsonFileName(county, locale) }
    },
  }
}
