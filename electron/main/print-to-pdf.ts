import { BrowserWindow } from 'electron'
import { electronPdfOptions } from '../../shared/export/print-options'
import type { PdfEngine } from '../export/pdf-engine'
import { PrintViewError } from '../export/pdf-engine'
import { buildPrintWindowOptions, isPrintViewUrl } from '../export/print-window-options'
import { waitForPrintView } from '../export/print-readiness'

/**
 * The desktop app's PDF engine: webContents.printToPDF in a hidden, sandboxed window, on the same print
 * view and with the same options as the CLI's Chromium. One window serves every print, so scripts and
 * font subsets stay warm, as in the Chromium engine. Thin on purpose: everything it relies on is shared
 * and tested under Node.
 */
export class ElectronPdfEngine implements PdfEngine {
  private window: BrowserWindow | null = null

  constructor(private readonly hubOrigin: string) {}

  async printPage(url: string): Promise<Uint8Array> {
    if (!isPrintViewUrl(url, this.hubOrigin)) throw new PrintViewError(`Not a print view of this hub: ${url}`)
    if (!this.window || this.window.isDestroyed()) this.window = new BrowserWindow(buildPrintWindowOptions())
    const window = this.window
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
    } catch (error) {
      // A window in an unknown state is not reused.
      this.window = null
      window.destroy()
      throw error
    }
  }

  async close(): Promise<void> {
    if (this.window && !this.window.isDestroyed()) this.window.destroy()
    this.window = null
  }
}
