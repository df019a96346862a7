import { isLocale, type Locale } from '../locale/locale'

/**
 * Addresses of the print views and the signals they give the printer. Both engines (Electron's
 * printToPDF and Chromium through playwright-core) load these pages from the hub and wait for the
 * ready signal, so they print exactly the same document.
 */
export const PRINT_ROUTES = {
  county: '/print/workshops/:workshopId/counties/:countyId',
  summary: '/print/workshops/:workshopId/summary',
  comments: '/print/workshops/:workshopId/counties/:countyId/comments',
  review: '/print/workshops/:workshopId/follow-up/rounds/:roundId/counties/:countyId',
  reviewSummary: '/print/workshops/:workshopId/follow-up/rounds/:roundId/summary',
} as const

/** Set on <html> once the data is rendered and every font the page uses has loaded. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready'
/** Set on <html> instead when the view cannot be printed; its value is a sentence for the user. */
export const PRINT_ERROR_ATTRIBUTE = 'data-print-error'
/**
 * A function the print app puts on `window`: given another print address (path and query), it shows that
 * view in the same tab, so a printer going from county to county skips loading the page again.
 */
export const PRINT_SHOW_FUNCTION = '__planWorkshopShowPrintView'

export interface PrintQuery {
  lang: Locale | null
  /** When the export was made, as shown on the cover (ISO 8601); null prints the page's own time. */
  exportedAt: string | null
  /** A kept version of the plan to show instead of the plan as it stands (county view only). */
  version?: number | null
}

function withQuery(path: string, query: PrintQuery): string {
  const pairs: string[] = []
  if (query.lang) pairs.push(`lang=${encodeURIComponent(query.lang)}`)
  if (query.exportedAt) pairs.push(`exportedAt=${encodeURIComponent(query.exportedAt)}`)
  if (query.version) pairs.push(`version=${query.version}`)
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path
}

/** The query's parameters (shared/ has no URLSearchParams); a malformed escape reads as absent. */
function queryParams(search: string): Map<string, string> {
  const params = new Map<string, string>()
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const [name = '', value = ''] = pair.split('=', 2)
    try {
      const key = decodeURIComponent(name)
      if (!params.has(key)) params.set(key, decodeURIComponent(value.replace(/\+/g, ' ')))
    } catch {
      // A broken %-escape: that parameter is ignored.
    }
  }
  return params
}

export function countyPrintPath(workshopId: string, countyId: string, query: PrintQuery): string {
  const path = PRINT_ROUTES.county
    .replace(':workshopId', encodeURIComponent(workshopId))
    .replace(':countyId', encodeURIComponent(countyId))
  return withQuery(path, query)
}

export function summaryPrintPath(workshopId: string, query: PrintQuery): string {
  return withQuery(PRINT_ROUTES.summary.replace(':workshopId', encodeURIComponent(workshopId)), query)
}

/** Reads a print view's query; anything malformed reads as "not given". */
export function parsePrintQuery(search: string): PrintQuery {
  const params = queryParams(search)
  const lang = params.get('lang') ?? null
  const exportedAt = params.get('exportedAt') ?? null
  const version = params.get('version') ?? ''
  return {
    lang: isLocale(lang) ? lang : null,
    exportedAt: exportedAt !== null && !Number.isNaN(Date.parse(exportedAt)) ? exportedAt : null,
    version: /^[1-9][0-9]{0,14}$/.test(version) ? Number(version) : null,
  }
}

export function commentsPrintPath(workshopId: string, countyId: string, query: PrintQuery): string {
  const path = PRINT_ROUTES.comments
    .replace(':workshopId', encodeURIComponent(workshopId))
    .replace(':countyId', encodeURIComponent(countyId))
  return withQuery(path, query)
}

/** A county's review report for a follow-up round. */
export function reviewPrintPath(
  workshopId: string,
  roundId: string,
  countyId: string,
  query: PrintQuery,
): string {
  const path = PRINT_ROUTES.review
    .replace(':workshopId', encodeURIComponent(workshopId))
    .replace(':roundId', encodeURIComponent(roundId))
    .replace(':countyId', encodeURIComponent(countyId))
  return withQuery(path, query)
}

/** A follow-up round across counties: the review summary. */
export function reviewSummaryPrintPath(workshopId: string, roundId: string, query: PrintQuery): string {
  const path = PRINT_ROUTES.reviewSummary
    .replace(':workshopId', encodeURIComponent(workshopId))
    .replace(':roundId', encodeURIComponent(roundId))
  return withQuery(path, query)
}
