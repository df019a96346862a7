/**
 * A PDF engine prints one page of the hub (a print view) to PDF bytes. Two exist: Chromium through
 * playwright-core (CLI, tests, benchmarks) and Electron's printToPDF (the desktop app). Both load the
 * same print view, wait for the same signal and pass the same PDF_OPTIONS; the choice is made at the
 * edge, by whoever starts an export.
 */
export interface PdfEngine {
  printPage(url: string): Promise<Uint8Array>
  close(): Promise<void>
}

/** The print view said it cannot be printed (e.g. the county was deleted); the message is for the user. */
export class PrintViewError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PrintViewError'
  }
}
