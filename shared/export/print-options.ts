/**
 * The one set of print options both PDF engines use. Page size, margins, the running header and the
 * page numbers are all in the print view's CSS (@page rules and margin boxes), so the document decides
 * its own layout and the engines only pass these switches through, each in its own vocabulary.
 *
 * Why not Chromium's headerTemplate/footerTemplate: they are drawn in a separate document that cannot
 * use the page's web fonts, so the Chinese county name in a running header would fall back to whatever
 * the machine has (boxes where it has no CJK font). @page margin boxes are part of the document and use
 * the bundled font like everything else.
 */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  /** The @page rules choose portrait or landscape per page (wide tables print on landscape pages). */
  preferCSSPageSize: true,
  /** Headers and footers come from the document's margin boxes instead. */
  displayHeaderFooter: false,
  /** Bookmarks from the headings and a tagged (accessible) PDF. */
  outline: true,
  tagged: true,
} as const

/** Page geometry in millimetres; print.css uses the same figures. */
export const PAGE_GEOMETRY = {
  portrait: { width: 210, height: 297 },
  landscape: { width: 297, height: 210 },
  margin: { top: 22, right: 18, bottom: 20, left: 18 },
} as const

export const contentWidthMm = (orientation: 'portrait' | 'landscape') =>
  PAGE_GEOMETRY[orientation].width - PAGE_GEOMETRY.margin.left - PAGE_GEOMETRY.margin.right

/** Options for playwright-core's page.pdf(). */
export function playwrightPdfOptions() {
  return {
    format: PDF_OPTIONS.pageSize,
    printBackground: PDF_OPTIONS.printBackground,
    preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
    displayHeaderFooter: PDF_OPTIONS.displayHeaderFooter,
    outline: PDF_OPTIONS.outline,
    tagged: PDF_OPTIONS.tagged,
  }
}

/** Options for Electron's webContents.printToPDF(). */
export function electronPdfOptions() {
  return {
    pageSize: PDF_OPTIONS.pageSize,
    printBackground: PDF_OPTIONS.printBackground,
    preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
    displayHeaderFooter: PDF_OPTIONS.displayHeaderFooter,
    generateDocumentOutline: PDF_OPTIONS.outline,
    generateTaggedPDF: PDF_OPTIONS.tagged,
  }
}
