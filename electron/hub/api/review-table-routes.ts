import type { County } from '../../../shared/county/county-schema'
import type { Locale } from '../../../shared/locale/locale'
import { pairedText } from '../../../shared/locale/paired-text'
import { countyName } from '../../../shared/export/county-names'
import {
  reviewTableFileName,
  reviewWorkbookFileName,
} from '../../../shared/follow-up-tables/review-table-file-names'
import {
  reviewTable,
  reviewTables,
  reviewTablesContext,
  type ReviewTablesInput,
} from '../../../shared/follow-up-tables/review-tables'
import { tableCsv } from '../../../shared/plan-tables/table-csv'
import type { CountyReports } from '../follow-up/county-reports'
import { notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import { planWorkbook } from '../plan-tables/plan-workbook'
import type { Store } from '../store/store'

const utf8 = (text: string) => new TextEncoder().encode(text)

type ReviewTableRoute =
  'followUpReviewXlsx' | 'followUpReviewCsv' | 'followUpCountyReviewXlsx' | 'followUpCountyReviewCsv'

/**
 * A round's review status as files for the offices: across counties (the facilitator's), or one
 * county's (also its own group's, which the contract's scope check limits to its county). Read from the
 * saved reports, as the review summary is.
 */
export function reviewTableRoutes(store: Store, reports: CountyReports): RouteHandlers<ReviewTableRoute> {
  const tablesOf = (workshopId: string, roundId: string, countyId: string | null, lang?: Locale) => {
    const workshop = store.workshops.get(workshopId)
    if (!workshop) throw notFound()
    const round = reports.round(workshopId, roundId)
    let county: County | null = null
    if (countyId !== null) {
      county = store.counties.get(workshopId, countyId)
      if (!county) throw notFound()
    }
    const input: ReviewTablesInput = {
      round,
      counties: county ? [county] : store.counties.list(workshopId),
      reports: store.followUp.reports(round.id),
    }
    return { workshop, round, county, input, locale: lang ?? workshop.language }
  }

  const workbook = async (workshopId: string, roundId: string, countyId: string | null, lang?: Locale) => {
    const { workshop, round, county, input, locale } = tablesOf(workshopId, roundId, countyId, lang)
    const { t } = reviewTablesContext(locale)
    const names = { round: round.name, workshop: pairedText(workshop.title, workshop.titleEn, locale) }
    return {
      bytes: await planWorkbook(reviewTables(input, locale), (table) =>
        county
          ? t('countyTitleRow', { ...names, county: countyName(county, locale), table: table.title })
          : t('titleRow', { ...names, table: table.title }),
      ),
      fileName: reviewWorkbookFileName(round, county, locale),
    }
  }

  return {
    followUpReviewXlsx: ({ params, query }) => workbook(params.workshopId, params.roundId, null, query.lang),
    followUpCountyReviewXlsx: ({ params, query }) =>
      workbook(params.workshopId, params.roundId, params.countyId, query.lang),
    followUpReviewCsv: async ({ params, query: { lang, table } }) => {
      const { round, input, locale } = tablesOf(params.workshopId, params.roundId, null, lang)
      return {
        bytes: utf8(tableCsv(reviewTable(input, table, locale))),
        fileName: reviewTableFileName(round, null, table, locale),
      }
    },
    followUpCountyReviewCsv: async ({ params, query: { lang, table } }) => {
      const { round, county, input, locale } = tablesOf(
        params.workshopId,
        params.roundId,
        params.countyId,
        lang,
      )
      return {
        bytes: utf8(tableCsv(reviewTable(input, table, locale))),
        fileName: reviewTableFileName(round, county, table, locale),
      }
    },
  }
}
