import { countyName, reviewTemplateStem } from '../../../shared/export/county-names'
import { safeFileName } from '../../../shared/export/safe-file-name'
import { ApiError, notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { CountyReports } from '../follow-up/county-reports'
import { readReviewTemplate, ReviewTemplateError } from '../follow-up/review-template-reader'
import { reviewTemplateWorkbook } from '../follow-up/review-template-writer'
import type { Store } from '../store/store'

/**
 * The follow-up review by spreadsheet: a county's template to download, and the filled file to import,
 * which lands exactly where a save from the form does (CountyReports.save) or changes nothing.
 */
export function followUpTemplateRoutes(
  store: Store,
  reports: CountyReports,
): RouteHandlers<'followUpTemplate' | 'importFollowUpTemplate'> {
  return {
    followUpTemplate: async ({ params: { workshopId, roundId, countyId } }) => {
      const round = reports.round(workshopId, roundId)
      const workshop = store.workshops.get(workshopId)
      const county = store.counties.get(workshopId, countyId)
      if (!workshop || !county) throw notFound()
      const report = await reports.current(workshopId, roundId, countyId)
      const name = countyName(county, workshop.language)
      return {
        bytes: await reviewTemplateWorkbook({
          workshopId,
          workshopTitle: workshop.title,
          round,
          county: { id: county.id, name },
          report,
          previous: reports.previous(workshopId, round, countyId),
        }),
        fileName: safeFileName(reviewTemplateStem(county, round.name, workshop.language), 'xlsx', 'review'),
      }
    },

    importFollowUpTemplate: async ({ params: { workshopId, roundId, countyId }, body }, request) => {
      const report = await reports.current(workshopId, roundId, countyId)
      try {
        const input = await readReviewTemplate(body, {
          workshopId,
          roundId,
          countyId,
          targets: report.targets,
          countyName: (id) => {
            const other = store.counties.get(workshopId, id)
            return other ? countyName(other, 'zh-CN') : null
          },
        })
        return await reports.save(workshopId, roundId, countyId, input, request)
      } catch (error) {
        if (!(error instanceof ReviewTemplateError)) throw error
        throw new ApiError(400, error.key, undefined, error.params)
      }
    },
  }
}
