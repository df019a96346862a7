import type { County } from '../county/county-schema'
import { countyName } from '../export/county-names'
import { safeFileName } from '../export/safe-file-name'
import type { Locale } from '../locale/locale'
import type { ReviewTableId } from './review-table'
import { reviewTablesContext } from './review-tables'

/**
 * The names the review tables are saved under, cleaned like the PDFs' (2018 年年终复盘 复盘表格.xlsx,
 * 略阳县 2018 年年终复盘 指标实际与目标.csv); the round's id stands in for a name that cleans to nothing.
 * `county` null: the tables across counties.
 */
export function reviewWorkbookFileName(
  round: { id: string; name: string },
  county: County | null,
  locale: Locale,
): string {
  const { t } = reviewTablesContext(locale)
  const stem = county
    ? t('files.countyWorkbook', { county: countyName(county, locale), round: round.name })
    : t('files.workbook', { round: round.name })
  return safeFileName(stem, 'xlsx', county ? `review-${round.id}-${county.id}` : `review-${round.id}`)
}

export function reviewTableFileName(
  round: { id: string; name: string },
  county: County | null,
  table: ReviewTableId,
  locale: Locale,
): string {
  const { t } = reviewTablesContext(locale)
  const names = { round: round.name, table: t(`tables.${table}`) }
  const stem = county
    ? t('files.countyTable', { ...names, county: countyName(county, locale) })
    : t('files.table', names)
  return safeFileName(
    stem,
    'csv',
    county ? `review-${round.id}-${county.id}-${table}` : `review-${round.id}-${table}`,
  )
}
