import type { County } from '../county/county-schema'
import { countyName } from '../export/county-names'
import { safeFileName } from '../export/safe-file-name'
import type { Locale } from '../locale/locale'
import type { PlanTableId } from './plan-table'
import { tableContext } from './table-context'

/**
 * The names the table downloads are saved under, cleaned like the PDFs' (略阳县 规划表格.xlsx,
 * 略阳县 主要指标.csv, Lueyang County plan data.json); the county's id stands in for a name that
 * cleans to nothing.
 */
export function workbookFileName(county: County, locale: Locale): string {
  const { t } = tableContext(locale)
  return safeFileName(
    t('files.workbook', { county: countyName(county, locale) }),
    'xlsx',
    `county-${county.id}`,
  )
}

export function tableFileName(county: County, table: PlanTableId, locale: Locale): string {
  const { t } = tableContext(locale)
  const stem = t('files.table', { county: countyName(county, locale), table: t(`tables.${table}`) })
  return safeFileName(stem, 'csv', `county-${county.id}-${table}`)
}

export function planJsonFileName(county: County, locale: Locale): string {
  const { t } = tableContext(locale)
  return safeFileName(t('files.json', { county: countyName(county, locale) }), 'json', `county-${county.id}`)
}
