import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { findChromium } from '../../electron/export/chromium-path'
import { exportPlans } from '../../electron/export/export-plans'
import { CHROMIUM_ARGS, PlaywrightPdfEngine } from '../../electron/export/playwright-engine'
import { waitForPrintView } from '../../electron/export/print-readiness'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'
import { startHub } from '../../electron/hub/start-hub'
import { countyPrintPath } from '../../shared/export/print-paths'
import { playwrightPdfOptions } from '../../shared/export/print-options'
import { seedExportData } from '../support/export-data'
import { makeTempDir } from '../support/temp-dir'
import { serveStaticPage } from './pdf-static-server'
import { summarize, type LatencySummary } from './stats'
import type { TargetRow } from './report'

/**
 * PDF export benchmark: one county (Lueyang's complete plan, warm) printed through the app's print view
 * versus Chromium printing the same document as a static HTML page with page.pdf() in the same run, and
 * every county of the demo workshop plus the summary as `npm run export` does it.
 */
export interface PdfBenchReport {
  bench: 'pdf-export'
  startedAt: string
  chromium: string
  iterations: number
  oneCounty: {
    app: LatencySummary
    raw: LatencySummary
    ratioP50: number
    pages: number
    /** Fonts embedded in each PDF: equal when the reference printed the same document in the same fonts. */
    fonts: { app: number; raw: number }
    /** Before the print app switched views in place: a page load per print, and where its time went (p50 ms). */
    loadEach: LatencySummary
    loadEachRatioP50: number
    loadEachPhases: { loadMs: number; readyMs: number; pdfMs: number }
  }
  allCounties: { documents: number; pages: number; totalMs: number; coldStartMs: number }
  targets: TargetRow[]
}

export type PdfBenchOutcome = { ran: true; report: PdfBenchReport } | { ran: false; reason: string }

const ITERATIONS = 6
const WARMUP = 2

/**
 * The print view's DOM as static HTML: scripts removed, so only layout, fonts and printing remain. The
 * stylesheets the print app's loader inserted carry the hub's origin: they are made relative, so the copy
 * loads them, and the fonts they name, from its own server. (Left pointing at the hub, the fonts were
 * cross-origin and never loaded: the reference printed in a fallback font and skipped the embedding of
 * the bundled subsets, which is most of what page.pdf() costs.)
 */
const STATIC_HTML_SCRIPT = `(() => {
  const copy = document.documentElement.cloneNode(true)
  copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((element) => element.remove())
  copy.querySelectorAll('link[href]').forEach((link) => {
    const href = link.getAttribute('href')
    if (href.startsWith(location.origin)) link.setAttribute('href', href.slice(location.origin.length))
  })
  return '<!doctype html>' + copy.outerHTML
})()`

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

export async function runPdfBench(): Promise<PdfBenchOutcome> {
  const lookup = findChromium()
  if (!lookup.found) return { ran: false, reason: 'no Chromium (set CHROMIUM_PATH)' }
  if (!existsSync(join(BUILT_RENDERER_DIR, 'index.html')))
    return { ran: false, reason: 'renderer not built (npm run build)' }
  const startedAt = new Date().toISOString()
  const temp = makeTempDir('plan-pdf-bench-')
  const dataDir = join(temp.path, 'data')
  const data = seedExportData(dataDir)
  const hub = await startHub({ dataDir, port: 0, rendererDir: BUILT_RENDERER_DIR })
  try {
    const coldStart = performance.now()
    const engine = await PlaywrightPdfEngine.launch(lookup.path)
    const url = new URL(
      countyPrintPath(data.workshopId, data.lueyang.id, { lang: 'zh-CN', exportedAt: startedAt }),
      hub.url,
    ).href
    let pdfPages = 0
    try {
      await engine.printPage(url)
      const coldStartMs = performance.now() - coldStart
      for (let i = 1; i < WARMUP; i++) await engine.printPage(url)

      // The reference: the same document, captured after it rendered, printed by Chromium alone.
      const browser = await chromium.launch({ executablePath: lookup.path, args: CHROMIUM_ARGS })
      const context = await browser.newContext()
      const capture = await context.newPage()
      await capture.goto(url)
      await waitForPrintView((script) => capture.evaluate(script))
      const html = (await capture.evaluate(STATIC_HTML_SCRIPT)) as string
      await capture.close()
      const staticPage = await serveStaticPage(html, BUILT_RENDERER_DIR)
      // Like the engine, the reference prints from one tab that it navigates again each time.
      const rawPage = await context.newPage()
      let rawFonts = 0
      const rawPrint = async () => {
        await rawPage.goto(staticPage.url, { waitUntil: 'load' })
        await rawPage.evaluate('document.fonts.ready.then(() => true)')
        rawFonts = countFonts(await rawPage.pdf(playwrightPdfOptions()))
      }
      // How the engine printed before it switched views in place: one tab, loaded again for every print.
      const loadPage = await context.newPage()
      const phases = { load: [] as number[], ready: [] as number[], pdf: [] as number[] }
      const loadEachPrint = async () => {
        const start = performance.now()
        await loadPage.goto(url, { waitUntil: 'domcontentloaded' })
        const loaded = performance.now()
        await waitForPrintView((script) => loadPage.evaluate(script))
        const ready = performance.now()
        await loadPage.pdf(playwrightPdfOptions())
        return { load: loaded - start, ready: ready - loaded, pdf: performance.now() - ready }
      }
      const app: number[] = []
      const raw: number[] = []
      let appFonts = 0
      const loadEach: number[] = []
      try {
        for (let i = 0; i < WARMUP; i++) await rawPrint()
        for (let i = 0; i < WARMUP; i++) await loadEachPrint()
        // Interleaved, so a burst of load on the machine hits all alike.
        for (let i = 0; i < ITERATIONS; i++) {
          app.push(
            await time(async () => {
              const pdf = await engine.printPage(url)
              pdfPages = countPages(pdf)
              appFonts = countFonts(pdf)
            }),
          )
          raw.push(await time(rawPrint))
          const phase = await loadEachPrint()
          loadEach.push(phase.load + phase.ready + phase.pdf)
          phases.load.push(phase.load)
          phases.ready.push(phase.ready)
          phases.pdf.push(phase.pdf)
        }
      } finally {
        await staticPage.close()
        await browser.close()
      }

      const outDir = join(temp.path, 'out')
      mkdirSync(outDir)
      let pages = 0
      const allStart = performance.now()
      const result = await exportPlans({
        engine,
        hubUrl: hub.url,
        workshopId: data.workshopId,
        counties: data.counties,
        locale: 'zh-CN',
        outDir,
        exportedAt: startedAt,
        summary: true,
        onProgress: (event) => {
          if (event.kind === 'written') pages += event.pages
        },
      })
      const totalMs = performance.now() - allStart
      if (result.failed.length > 0) throw new Error(`export failed: ${result.failed[0]!.message}`)

      const appSummary = summarize(app)
      const rawSummary = summarize(raw)
      const ratioP50 = Math.round((appSummary.p50 / rawSummary.p50) * 100) / 100
      const loadEachSummary = summarize(loadEach)
      const p50 = (values: number[]) => Math.round(summarize(values).p50)
      const documents = result.written.length
      return {
        ran: true,
        report: {
          bench: 'pdf-export',
          startedAt,
          chromium: lookup.path,
          iterations: ITERATIONS,
          oneCounty: {
            app: appSummary,
            raw: rawSummary,
            ratioP50,
            pages: pdfPages,
            fonts: { app: appFonts, raw: rawFonts },
            loadEach: loadEachSummary,
            loadEachRatioP50: Math.round((loadEachSummary.p50 / rawSummary.p50) * 100) / 100,
            loadEachPhases: { loadMs: p50(phases.load), readyMs: p50(phases.ready), pdfMs: p50(phases.pdf) },
          },
          allCounties: {
            documents,
            pages,
            totalMs: Math.round(totalMs),
            coldStartMs: Math.round(coldStartMs),
          },
          targets: [
            {
              target: 'one county (warm) ≤ 1.3× raw page.pdf()',
              value: `${ratioP50}×`,
              pass: ratioP50 <= 1.3,
            },
            {
              target: 'one county (warm) < 1.5 s',
              value: `${Math.round(appSummary.p50)} ms`,
              pass: appSummary.p50 < 1500,
            },
            {
              target: `whole demo workshop (${documents} PDFs) < 20 s`,
              value: `${(totalMs / 1000).toFixed(1)} s`,
              pass: totalMs < 20_000,
            },
          ],
        },
      }
    } finally {
      await engine.close()
    }
  } finally {
    await hub.close()
    temp.remove()
  }
}

const countFonts = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/FontDescriptor/g) ?? []
  ).length

const countPages = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![s\w])/g) ?? []
  ).length

export function formatPdfReport(outcome: PdfBenchOutcome): string {
  if (!outcome.ran) return `PDF export: not run — ${outcome.reason}`
  const { oneCounty, allCounties, targets } = outcome.report
  const row = (label: string, s: LatencySummary) =>
    `  ${label.padEnd(34)} p50 ${String(Math.round(s.p50)).padStart(5)} ms   mean ${String(Math.round(s.mean)).padStart(5)} ms   max ${String(Math.round(s.max)).padStart(5)} ms`
  return [
    `PDF export (${oneCounty.pages} pages, ${outcome.report.iterations} runs each, interleaved)`,
    row('one county via the print view', oneCounty.app),
    row('same HTML, raw page.pdf()', oneCounty.raw),
    `  ratio (p50)                        ${oneCounty.ratioP50}×`,
    `  fonts embedded                     print view ${oneCounty.fonts.app}, raw ${oneCounty.fonts.raw}${oneCounty.fonts.app === oneCounty.fonts.raw ? '' : ' — NOT the same document: the ratio is meaningless'}`,
    row('before: a page load per print', oneCounty.loadEach),
    `  ratio (p50)                        ${oneCounty.loadEachRatioP50}× (load ${oneCounty.loadEachPhases.loadMs} ms, data + render + fonts ${oneCounty.loadEachPhases.readyMs} ms, page.pdf() ${oneCounty.loadEachPhases.pdfMs} ms)`,
    `  whole demo workshop                ${allCounties.documents} PDFs, ${allCounties.pages} pages in ${(allCounties.totalMs / 1000).toFixed(1)} s (engine cold start ${allCounties.coldStartMs} ms, not included)`,
    '',
    'target                                          value      pass',
    ...targets.map((t) => `${t.target.padEnd(47)} ${t.value.padEnd(10)} ${t.pass ? 'yes' : 'NO'}`),
  ].join('\n')
}

export function writePdfReport(report: PdfBenchReport, directory: string): string {
  mkdirSync(directory, { recursive: true })
  const path = join(directory, `pdf-export-${report.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}
