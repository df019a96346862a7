import { BrowserWindow } from 'electron'
import { electronPdfOptions } from '../../shared/export/print-options'
import type { PdfEngine } from '../export/pdf-engine'
import { PrintViewError } from '../export/pdf-engine'
import { buildPrintWindowOptions, isPrintViewUrl } from '../export/print-window-options'
import { waitForPrintView } from '../export/print-readiness'

/**
 * The desktop app's PDF engine: webContents.printToPDF in a hidden, sandboxed window, on the same print
 * view and with the same options as the CLI's Chromium. Thin on purpose: everything it relies on is
 * shared and tested under Node.
 */
export class ElectronPdfEngine implements PdfEngine {
  constructor(private readonly hubOrigin: string) {}

  async printPage(url: string): Promise<Uint8Array> {
    if (!isPrintViewUrl(url, this.hubOrigin)) throw new PrintViewError(`Not a print view of this hub: ${url}`)
    const window = new BrowserWindow(buildPrintWindowOptions())
    try {
      await window.loadURL(url)
      await waitForPrintView((script) => window.webContents.executeJavaScript(script, true))
      return new Uint8Array(await window.webContents.printToPDF(electronPdfOptions()))
    } finally {
      window.destroy()
    }
  }

  async close(): Promise<void> {}
}
