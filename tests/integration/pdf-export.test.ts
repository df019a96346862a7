import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromiumEngine } from '../../electron/export/chromium-engine'
import { exportPlans, type ExportItem } from '../../electron/export/export-plans'
import { CHROMIUM_ARGS, PlaywrightPdfEngine } from '../../electron/export/playwright-engine'
import { waitForPrintView } from '../../electron/export/print-readiness'
import { BUILT_RENDERER_DIR, PROJECT_ROOT } from '../../electron/hub/app-paths'
import { startHub, type Hub } from '../../electron/hub/start-hub'
import type { County } from '../../shared/county/county-schema'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { countyPrintPath } from '../../shared/export/print-paths'
import type { Locale } from '../../shared/locale/locale'
import { seedExportData, type ExportData } from '../support/export-data'
import {
  actionEndMarker,
  actionStartMarker,
  HOSTILE_CARD,
  HOSTILE_TITLE,
  LONG_PLAN_ACTIONS,
} from '../support/long-plan'
import { foreignOrNotEmbedded, NOTO_SANS_SC, pdfFonts } from '../support/pdf-fonts'
import { requirePrintTools } from '../support/print-tools'
import { makeTempDir } from '../support/temp-dir'

/**
 * The PDFs themselves: printed by Chromium from the built print view of a real hub, then read back with
 * poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) and qpdf. Needs `npm run build` (postinstall does it)
 * and a Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots')
const EXPORTED_AT = '2018-03-02T08:30:00.000Z'

const tool = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' })
const pdfText = (file: string, page?: number) =>
  tool('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', file, '-'])
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))![1])
/** Text with line breaks and spaces removed, so a phrase wrapped inside a table cell is still found. */
const squeezed = (text: string) => text.replace(/\s+/g, '')

function savePage(file: string, page: number, name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const prefix = join(SCREENSHOTS, name)
  tool('pdftoppm', ['-r', '90', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix])
  return `${prefix}.png`
}

/** Elements of the print view that stick out of their sheet's content box (none may). */
const OVERFLOW_SCRIPT = `(() => {
  const problems = []
  for (const sheet of document.querySelectorAll('.print-cover, .print-section')) {
    const box = sheet.getBoundingClientRect()
    const style = getComputedStyle(sheet)
    const left = box.left + parseFloat(style.paddingLeft) - 1
    const right = box.right - parseFloat(style.paddingRight) + 1
    for (const element of sheet.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 && rect.height === 0) continue
      if (rect.left < left || rect.right > right) {
        problems.push(element.tagName + '.' + element.getAttribute('class') + ' ' + Math.round(rect.left) + '–' + Math.round(rect.right) + ' outside ' + Math.round(left) + '–' + Math.round(right))
      }
    }
  }
  return problems
})()`

/** The CSS that keeps rows whole and repeats headers, as the browser computed it for every table. */
const TABLE_RULES_SCRIPT = `(() => [...document.querySelectorAll('.print-table')].map((table) => ({
  header: table.tHead ? getComputedStyle(table.tHead).display : 'none',
  rows: [...table.querySelectorAll('tbody tr')].every((row) => getComputedStyle(row).breakInside === 'avoid'),
})))()`

describe('PDF export', () => {
  let chromiumPath: string
  let temp: ReturnType<typeof makeTempDir>
  let data: ExportData
  let hub: Hub
  let engine: PlaywrightPdfEngine
  let browser: Browser
  let outDir: string

  beforeAll(async () => {
    chromiumPath = requirePrintTools()
    temp = makeTempDir('plan-pdf-')
    data = seedExportData(join(temp.path, 'data'), { stress: true })
    hub = await startHub({
      dataDir: join(temp.path, 'data'),
      port: 0,
      rendererDir: BUILT_RENDERER_DIR,
      createPdfEngine: () => launchChromiumEngine(),
    })
    engine = await PlaywrightPdfEngine.launch(chromiumPath)
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
    outDir = join(temp.path, 'out')
    mkdirSync(outDir)
  })

  afterAll(async () => {
    await browser?.close()
    await engine?.close()
    await hub?.close()
    temp?.remove()
  })

  async function exportOne(county: County, locale: Locale, subfolder: string): Promise<ExportItem> {
    const dir = join(outDir, subfolder)
    mkdirSync(dir, { recursive: true })
    const result = await exportPlans({
      engine,
      hubUrl: hub.url,
      workshopId: data.workshopId,
      counties: [county],
      locale,
      outDir: dir,
      exportedAt: EXPORTED_AT,
      summary: false,
    })
    expect(result.failed).toEqual([])
    return result.written[0]!
  }

  async function openPrintView(county: County, locale: Locale) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(
      new URL(countyPrintPath(data.workshopId, county.id, { lang: locale, exportedAt: EXPORTED_AT }), hub.url)
        .href,
    )
    await waitForPrintView((script) => page.evaluate(script))
    return page
  }

  it('prints Lueyang’s plan with its county, title, the 19,200 target and the action owner, fonts embedded', async () => {
    const { path } = await exportOne(data.lueyang, 'zh-CN', 'zh')
    const text = pdfText(path)
    expect(text).toContain('略阳县')
    expect(text).toContain('略阳县电商精准扶贫合作方案 2018–2020')
    expect(text).toContain('32,000 × 60% = 19,200')
    expect(text).toContain('19,200 人')
    expect(text).toContain('县商务局')
    expect(text).toContain('第 2 页，共')

    // Only the bundled faces, embedded: Chinese in Noto Sans SC, the glossary's English column in Noto Sans.
    const fonts = pdfFonts(path)
    expect(foreignOrNotEmbedded(fonts)).toEqual([])
    expect(fonts.some((font) => NOTO_SANS_SC.test(font.name))).toBe(true)

    expect(() => tool('qpdf', ['--check', path])).not.toThrow()
    expect(pdfPages(path)).toBeGreaterThanOrEqual(6)
    expect(pdfPages(path)).toBeLessThanOrEqual(14)
    // A final plan carries no draft watermark ("定稿" appears on the cover only).
    for (let page = 2; page <= pdfPages(path); page++) expect(pdfText(path, page)).not.toContain('稿')

    savePage(path, 1, 'pdf-lueyang-cover')
    const actionPage = [...Array(pdfPages(path)).keys()]
      .map((index) => index + 1)
      .find((page) => pdfText(path, page).includes('六、行动计划'))
    expect(actionPage).toBeDefined()
    savePage(path, actionPage!, 'pdf-lueyang-actions')
  })

  it('prints the English export with English headings', async () => {
    const { path, fileName } = await exportOne(data.lueyang, 'en', 'en')
    expect(fileName).toBe('Lueyang County plan.pdf')
    const text = pdfText(path)
    for (const heading of [
      '1. Summary',
      '2. Situation',
      '5. Targets and indicators',
      '6. Action plan',
      '7. Budget',
      'Sign-off',
      '11. Annexes',
    ])
      expect(text).toContain(heading)
    expect(text).toContain('Lueyang County')
    expect(text).toContain('32,000 × 60% = 19,200')
    expect(text).toContain('Page 2 of')
    expect(text).not.toContain('摘要')
    // Only the bundled faces, embedded: English in Noto Sans, its apostrophes included (no installed Latin face).
    const fonts = pdfFonts(path)
    expect(foreignOrNotEmbedded(fonts)).toEqual([])
    expect(fonts.some((font) => font.name === 'NotoSans-Regular')).toBe(true)
    expect(fonts.some((font) => font.name === 'NotoSans-Bold')).toBe(true)
    savePage(path, 2, 'pdf-lueyang-en-summary')
  })

  it('lays out 40 long actions within the page width, and prints them with no row split and the header on every page', async () => {
    const page = await openPrintView(data.long!, 'zh-CN')
    let headings: string[]
    try {
      headings = (await page.evaluate(
        `[...document.querySelectorAll('.print-document h2, .print-document h3, .print-document h4')].map((h) => h.textContent.replace(/\\s+/g, ''))`,
      )) as string[]
      expect(await page.evaluate(OVERFLOW_SCRIPT)).toEqual([])
      const tables = (await page.evaluate(TABLE_RULES_SCRIPT)) as { header: string; rows: boolean }[]
      expect(tables.length).toBeGreaterThan(4)
      expect(tables.every((table) => table.header === 'table-header-group' && table.rows)).toBe(true)
    } finally {
      await page.close()
    }

    const { path } = await exportOne(data.long!, 'zh-CN', 'long')
    const pages = [...Array(pdfPages(path)).keys()].map((index) => squeezed(pdfText(path, index + 1)))
    const firstPageWith = (marker: string) => pages.findIndex((text) => text.includes(marker))
    const actionPages = new Set<number>()
    for (let n = 1; n <= LONG_PLAN_ACTIONS; n++) {
      const start = firstPageWith(actionStartMarker(n))
      expect(start, `action ${n}`).toBeGreaterThan(0)
      expect(firstPageWith(actionEndMarker(n)), `row of action ${n} split`).toBe(start)
      actionPages.add(start)
    }
    expect(actionPages.size).toBeGreaterThan(5)
    for (const index of actionPages) {
      expect(pages[index], `header on page ${index + 1}`).toContain('带贫机制')
      expect(pages[index]).toContain('里程碑')
    }
    // No heading is the last thing on a page (the page number and the watermark's scattered letters aside).
    for (const [index, text] of [...Array(pages.length).keys()].map(
      (i) => [i, pdfText(path, i + 1)] as const,
    )) {
      const lines = text
        .split('\n')
        .map((line) => line.replace(/\s+/g, ''))
        .filter((line) => line.length > 2 && !/^第\d+页，共\d+页$/.test(line))
      expect(headings, `page ${index + 1} ends with a heading`).not.toContain(lines.at(-1))
    }
    // The watermark is rotated, so pdftotext scatters its letters: look for its characters on every page.
    expect(pages.every((text) => text.includes('草') && text.includes('稿'))).toBe(true)
    savePage(path, [...actionPages][2]! + 1, 'pdf-long-actions-page')
  })

  it('prints plan text that looks like HTML or script as text, and runs none of it', async () => {
    const page = await openPrintView(data.hostile!, 'zh-CN')
    try {
      expect(await page.evaluate('window.__pwned')).toBeUndefined()
      expect(
        await page.locator('.print-document script, .print-document img, .print-document iframe').count(),
      ).toBe(0)
      expect(await page.locator('.print-cover-title').textContent()).toBe(HOSTILE_TITLE)
    } finally {
      await page.close()
    }
    const { path, fileName } = await exportOne(data.hostile!, 'zh-CN', 'hostile')
    const text = squeezed(pdfText(path))
    expect(text).toContain(squeezed(HOSTILE_TITLE))
    expect(text).toContain(squeezed(HOSTILE_CARD))
    // The county is named "../../CON/<县>:*?"|\\": its file stays in the output folder with a plain name.
    expect(dirname(path)).toBe(join(outDir, 'hostile'))
    expect(basename(path)).toBe(fileName)
    expect(fileName).toBe('CON 县 规划方案.pdf')
    expect(readdirSync(join(outDir, 'hostile'))).toEqual([fileName])
  })

  it('serves the PDFs as downloads for the console, named for the county in the chosen language', async () => {
    const plan = await fetch(
      `${hub.url}${apiPath(API_ROUTES.planPdf, { workshopId: data.workshopId, countyId: data.lueyang.id })}?lang=en`,
    )
    expect(plan.status).toBe(200)
    expect(plan.headers.get('content-type')).toBe('application/pdf')
    expect(plan.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Lueyang County plan.pdf')}`,
    )
    expect(
      Buffer.from(await plan.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    const summary = await fetch(
      `${hub.url}${apiPath(API_ROUTES.summaryPdf, { workshopId: data.workshopId })}`,
    )
    expect(summary.status).toBe(200)
    expect(summary.headers.get('content-disposition')).toContain(encodeURIComponent('各县规划目标汇总.pdf'))
  })
})
