import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import { API_ROUTES } from '../../../shared/api/api-routes'
import { countyFileStem, summaryFileStem } from '../../../shared/export/county-names'
import { countyPrintPath, summaryPrintPath } from '../../../shared/export/print-paths'
import { safeFileName } from '../../../shared/export/safe-file-name'
import { LOCALES } from '../../../shared/locale/locale'
import { PdfEngineUnavailableError, type PdfPrinter } from '../../export/pdf-printer'
import { ApiError, notFound, parseWith } from '../http/api-errors'
import { attachmentDisposition } from '../http/attachment'
import type { Store } from '../store/store'
import { parseCountyParams, parseWorkshopParams } from './route-params'

const pdfQuery = z.object({ lang: z.enum(LOCALES).optional() })

function sendPdf(reply: FastifyReply, pdf: Uint8Array, fileName: string) {
  return reply
    .type('application/pdf')
    .header('content-disposition', attachmentDisposition(fileName))
    .header('cache-control', 'no-store')
    .send(Buffer.from(pdf))
}

/**
 * PDFs made by the hub, for the console's export (a download in a browser, a save dialog in the
 * desktop app). The hub prints its own print view over loopback with the engine its starter chose
 * (Electron's printToPDF in the desktop app, Chromium for `npm run serve`); facilitator only.
 */
export function registerPdfRoutes(
  app: FastifyInstance,
  store: Store,
  printer: PdfPrinter | null,
  ownUrl: () => string,
): void {
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

  app.get(API_ROUTES.planPdf, async (request, reply) => {
    const { workshopId, countyId } = parseCountyParams(request.params)
    const { lang } = parseWith(pdfQuery, request.query)
    const workshop = store.workshops.get(workshopId)
    const county = store.counties.get(workshopId, countyId)
    if (!workshop || !county) throw notFound()
    const locale = lang ?? workshop.language
    const exportedAt = new Date().toISOString()
    const pdf = await print(countyPrintPath(workshopId, countyId, { lang: locale, exportedAt }))
    return sendPdf(reply, pdf, safeFileName(countyFileStem(county, locale), 'pdf', `county-${county.id}`))
  })

  app.get(API_ROUTES.summaryPdf, async (request, reply) => {
    const { workshopId } = parseWorkshopParams(request.params)
    const { lang } = parseWith(pdfQuery, request.query)
    const workshop = store.workshops.get(workshopId)
    if (!workshop) throw notFound()
    const locale = lang ?? workshop.language
    const pdf = await print(
      summaryPrintPath(workshopId, { lang: locale, exportedAt: new Date().toISOString() }),
    )
    return sendPdf(reply, pdf, safeFileName(summaryFileStem(locale), 'pdf', 'summary'))
  })
}
