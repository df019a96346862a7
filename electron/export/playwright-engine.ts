import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { playwrightPdfOptions } from '../../shared/export/print-options'
import { PrintViewError, type PdfEngine } from './pdf-engine'
import { waitForPrintView } from './print-readiness'
import { canSwitchInPlace, showPrintViewScript } from './print-view-switch'

/** Flags for a headless Chromium on a machine without a GPU, a sandbox-capable kernel or internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Chromium through playwright-core: one browser, one context and one tab for a whole export, so the
 * print view's scripts and fonts are fetched, compiled and decoded once and every further county prints warm,
 * shown in the same page without loading it again.
 */
export class PlaywrightPdfEngine implements PdfEngine {
  /** One tab for every print: its renderer keeps the compiled scripts and decoded font subsets warm. */
  private page: Page | null = null

  private constructor(
    private readonly browser: Browser,
    private readonly context: BrowserContext,
  ) {}

  static async launch(executablePath: string): Promise<PlaywrightPdfEngine> {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    try {
      const context = await browser.newContext({ locale: 'zh-CN' })
      return new PlaywrightPdfEngine(browser, context)
    } catch (error) {
      await browser.close()
      throw error
    }
  }

  async printPage(url: string): Promise<Uint8Array> {
    this.page ??= await this.context.newPage()
    const page = this.page
    try {
      // After the first print the tab already runs the print app: switching views there skips the page load.
      const switched =
        canSwitchInPlace(page.url(), url) && (await page.evaluate(showPrintViewScript(url))) === true
      if (!switched) {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' })
        // A page that is not there (a renderer being rebuilt, a wrong address) fails now, not after the timeout.
        if (response && !response.ok()) throw new PrintViewError(`${url} answered ${response.status()}.`)
      }
      await waitForPrintView((script) => page.evaluate(script))
      return new Uint8Array(await page.pdf(playwrightPdfOptions()))
    } catch (error) {
      // A tab in an unknown state is not reused: the next print starts from a fresh one.
      this.page = null
      await page.close().catch(() => undefined)
      throw error
    }
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined)
    await this.browser.close()
  }
}
