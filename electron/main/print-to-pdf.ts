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
      let status = 200
      window.webContents.once('did-navigate', (_event, _url, httpResponseCode) => {
        status = httpResponseCode
      })
      await window.loadURL(url)
      // A page that is not there (a wrong address, a renderer being rebuilt) fails now, not after the timeout.
      if (status >= 400) throw new PrintViewError(`${url} answered ${status}.`)
      await waitForPrintView((script) => window.webContents.executeJavaScript(script, true))
      return new Uint8Array(await window.webContents.printToPDF(electronPdfOptions()))
    } finally {
      window.destroy()
    }
  }

  async close(): Promise<void> {}
}
