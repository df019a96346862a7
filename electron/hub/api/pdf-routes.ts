import {
  countyCommentsFileStem,
  countyFileStem,
  reviewReportStem,
  reviewSummaryFileName,
  summaryFileStem,
} from '../../../shared/export/county-names'
import {
  commentsPrintPath,
  countyPrintPath,
  reviewPrintPath,
  reviewSummaryPrintPath,
  summaryPrintPath,
  type PrintQuery,
} from '../../../shared/export/print-paths'
import type { County } from '../../../shared/county/county-schema'
import type { Locale } from '../../../shared/locale/locale'
import { safeFileName } from '../../../shared/export/safe-file-name'
import { PdfEngineUnavailableError, type PdfPrinter } from '../../export/pdf-printer'
import { ApiError, notFound } from '../http/api-errors'
import type { RouteHandlers } from '../http/route-handlers'
import type { Store } from '../store/store'

/**
 * PDFs made by the hub, for the console's export (a download in a browser, a save dialog in the
 * desktop app). The hub prints its own print view over loopback with the engine its starter chose
 * (Electron's printToPDF in the desktop app, Chromium for `npm run serve`); facilitator only.
 */
export function pdfRoutes(
  store: Store,
  printer: PdfPrinter | null,
  ownUrl: () => string,
): RouteHandlers<'planPdf' | 'summaryPdf' | 'commentsPdf' | 'followUpReportPdf' | 'followUpSummaryPdf'> {
  const print = async (path: string): Promise<Uint8Array> => {
    if (!printer) throw new ApiError(503, 'export.noBrowser')
    try {
      return await printer.print(new URL(path, ownUrl()).href)
    } catch (error) {
      if (error instanceof PdfEngineUnavailableError) throw new ApiError(503, 'export.noBrowser')
      console.error('[hub] PDF export failed:', error)
      throw new ApiError(500, 'export.failed')
    }
  }

  /** One county's PDF (its plan, or its open comments): a print view and the file's name. */
  const countyPdf = async (
    workshopId: string,
    countyId: string,
    lang: Locale | undefined,
    printPath: (workshopId: string, countyId: string, query: PrintQuery) => string,
    fileStem: (county: County, locale: Locale) => string,
    fallback: string,
  ) => {
    const workshop = store.workshops.get(workshopId)
    const county = store.counties.get(workshopId, countyId)
    if (!workshop || !county) throw notFound()
    const locale = lang ?? workshop.language
    const exportedAt = new Date().toISOString()
    return {
      bytes: await print(printPath(workshopId, countyId, { lang: locale, exportedAt })),
      fileName: safeFileName(fileStem(county, locale), 'pdf', `${fallback}-${county.id}`),
    }
  }

  return {
    planPdf: async ({ params: { workshopId, countyId }, query: { lang } }) =>
      countyPdf(workshopId, countyId, lang, countyPrintPath, countyFileStem, 'county'),

    commentsPdf: async ({ params: { workshopId, countyId }, query: { lang } }) =>
      countyPdf(workshopId, countyId, lang, commentsPrintPath, countyCommentsFileStem, 'comments'),

    followUpReportPdf: async ({ params: { workshopId, roundId, countyId }, query: { lang } }) => {
      const round = store.followUp.get(workshopId, roundId)
      if (!round) throw notFound()
      return countyPdf(
        workshopId,
        countyId,
        lang,
        (workshop, county, query) => reviewPrintPath(workshop, round.id, county, query),
        (county, locale) => reviewReportStem(county, round.name, locale),
        'review',
      )
    },

    followUpSummaryPdf: async ({ params: { workshopId, roundId }, query: { lang } }) => {
      const workshop = store.workshops.get(workshopId)
      const round = workshop ? store.followUp.get(workshopId, roundId) : null
      if (!workshop || !round) throw notFound()
      const locale = lang ?? workshop.language
      const exportedAt = new Date().toISOString()
      return {
        bytes: await print(reviewSummaryPrintPath(workshopId, round.id, { lang: locale, exportedAt })),
        fileName: reviewSummaryFileName(round, locale),
      }
    },

    summaryPdf: async ({ params: { workshopId }, query: { lang } }) => {
      const workshop = store.workshops.get(workshopId)
      if (!workshop) throw notFound()
      const locale = lang ?? workshop.language
      const exportedAt = new Date().toISOString()
      return {
        bytes: await print(summaryPrintPath(workshopId, { lang: locale, exportedAt })),
        fileName: safeFileName(summaryFileStem(locale), 'pdf', 'summary'),
      }
    },
  }
}
