import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../electron/export/playwright-engine'
import { waitForPrintView } from '../../electron/export/print-readiness'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'
import { startHub, type Hub } from '../../electron/hub/start-hub'
import { countyPrintPath, summaryPrintPath } from '../../shared/export/print-paths'
import { LOCALES, type Locale } from '../../shared/locale/locale'
import { seedExportData, type ExportData } from '../support/export-data'
import {
  APOSTROPHE_WIDTHS_SCRIPT,
  BROKEN_TOKENS_SCRIPT,
  ROW_ORPHAN_RULES_SCRIPT,
} from '../support/print-layout-probes'
import { requirePrintTools } from '../support/print-tools'
import { makeTempDir } from '../support/temp-dir'

/**
 * How the printed Lueyang plan sets its text, in both languages: column headings and short cells break
 * only between words, a figure stays with its unit, Latin punctuation is drawn at Latin width, and no
 * page holds a single table row (the fonts a PDF embeds: pdf-export.test.ts). Needs the built print view
 * and a Chromium, like pdf-export.test.ts.
 */
const EXPORTED_AT = '2018-03-02T08:30:00.000Z'

describe('print layout', () => {
  let temp: ReturnType<typeof makeTempDir>
  let data: ExportData
  let hub: Hub
  let browser: Browser
  let chromiumPath: string

  beforeAll(async () => {
    chromiumPath = requirePrintTools()
    temp = makeTempDir('plan-print-layout-')
    data = seedExportData(join(temp.path, 'data'))
    hub = await startHub({ dataDir: join(temp.path, 'data'), port: 0, rendererDir: BUILT_RENDERER_DIR })
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    await hub?.close()
    temp?.remove()
  })

  async function evaluateInPrintView<T>(path: string, script: string): Promise<T> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    try {
      await page.goto(new URL(path, hub.url).href)
      await waitForPrintView((readiness) => page.evaluate(readiness))
      return (await page.evaluate(script)) as T
    } finally {
      await page.close()
    }
  }

  const planPath = (locale: Locale) =>
    countyPrintPath(data.workshopId, data.lueyang.id, { lang: locale, exportedAt: EXPORTED_AT })

  for (const locale of LOCALES) {
    it(`${locale}: breaks column headings, short cells and key figures only between words`, async () => {
      expect(await evaluateInPrintView<string[]>(planPath(locale), BROKEN_TOKENS_SCRIPT)).toEqual([])
      expect(
        await evaluateInPrintView<string[]>(
          summaryPrintPath(data.workshopId, { lang: locale, exportedAt: EXPORTED_AT }),
          BROKEN_TOKENS_SCRIPT,
        ),
      ).toEqual([])
    })

    it(`${locale}: keeps the first and last rows of every table with their neighbours`, async () => {
      const tables = await evaluateInPrintView<
        { table: string; lastKeepsWithPrevious: boolean; firstKeepsWithNext: boolean }[]
      >(planPath(locale), ROW_ORPHAN_RULES_SCRIPT)
      expect(tables.length).toBeGreaterThan(3)
      expect(tables.filter((table) => !table.lastKeepsWithPrevious || !table.firstKeepsWithNext)).toEqual([])
    })
  }

  it('draws the apostrophes of English text at Latin width', async () => {
    const widths = await evaluateInPrintView<{ text: string; em: number }[]>(
      planPath('en'),
      APOSTROPHE_WIDTHS_SCRIPT,
    )
    // "Bars show each action’s period" under the timeline, at least.
    expect(widths.length).toBeGreaterThan(0)
    for (const { text, em } of widths) expect(em, text).toBeLessThan(0.4)
  })
})
