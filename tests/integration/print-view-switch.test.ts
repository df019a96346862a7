import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../electron/export/playwright-engine'
import { waitForPrintView } from '../../electron/export/print-readiness'
import { showPrintViewScript } from '../../electron/export/print-view-switch'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'
import { startHub, type Hub } from '../../electron/hub/start-hub'
import type { County } from '../../shared/county/county-schema'
import { countyPrintPath, PRINT_READY_ATTRIBUTE } from '../../shared/export/print-paths'
import { seedExportData, type ExportData } from '../support/export-data'
import { requirePrintTools } from '../support/print-tools'
import { makeTempDir } from '../support/temp-dir'

/**
 * A PDF export prints county after county from one tab: the print app shows the next view in place
 * (no page load), and must never let the printer print the previous county or data from before.
 */
describe('the print app showing the next view in the same tab', () => {
  let temp: ReturnType<typeof makeTempDir>
  let data: ExportData
  let hub: Hub
  let browser: Browser
  let page: Page
  const urlOf = (county: County) =>
    new URL(
      countyPrintPath(data.workshopId, county.id, { lang: 'zh-CN', exportedAt: '2018-03-02T08:30:00.000Z' }),
      hub.url,
    ).href
  const printedText = () => page.evaluate(() => document.body.innerText)

  beforeAll(async () => {
    const chromiumPath = requirePrintTools()
    temp = makeTempDir('plan-print-switch-')
    data = seedExportData(join(temp.path, 'data'))
    hub = await startHub({ dataDir: join(temp.path, 'data'), port: 0, rendererDir: BUILT_RENDERER_DIR })
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
    page = await browser.newPage()
    await page.goto(urlOf(data.lueyang))
    await waitForPrintView((script) => page.evaluate(script))
  })

  afterAll(async () => {
    await browser?.close()
    await hub?.close()
    temp?.remove()
  })

  it('shows another county without loading the page, and is ready only once that county is shown', async () => {
    const other = data.counties.find((county) => county.id !== data.lueyang.id)!
    // Survives only as long as the page is not loaded again.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))

    // Withdrawn at once, in the same task as the switch, before React re-renders: a printer asking now
    // must not print the previous county. (Checked in one script: on a loaded machine the next county can
    // be shown and ready before a second round trip from the test arrives.)
    const readyAfterSwitch = `[${showPrintViewScript(urlOf(other))}, document.documentElement.hasAttribute('${PRINT_READY_ATTRIBUTE}')]`
    expect(await page.evaluate(readyAfterSwitch)).toEqual([true, false])
    await waitForPrintView((script) => page.evaluate(script))

    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    )
    expect(await page.title()).toContain(other.name)
    expect(await printedText()).toContain(other.name)
    expect(await printedText()).not.toContain(data.lueyang.name)
  })

  it('printing the same county again reads its data as it is now', async () => {
    const { id, workshopId, position, updatedAt, ...details } = data.lueyang
    void position
    void updatedAt
    hub.store.counties.update(workshopId, id, { ...details, name: '略阳县（更正）' })
    for (let time = 0; time < 2; time++) {
      expect(await page.evaluate(showPrintViewScript(urlOf(data.lueyang)))).toBe(true)
      await waitForPrintView((script) => page.evaluate(script))
      expect(await printedText()).toContain('略阳县（更正）')
    }
  })
})
