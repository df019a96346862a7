import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium, type Browser, type Page } from 'playwright-core'
import { findChromium } from '../../electron/export/chromium-path'
import { CHROMIUM_ARGS } from '../../electron/export/playwright-engine'
import { BUILT_RENDERER_DIR } from '../../electron/hub/app-paths'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { JoinInfo } from '../../shared/join/join-schema'
import { startHubProcess } from '../support/hub-process'
import { makeTempDir } from '../support/temp-dir'
import { tallyNetwork, type NetworkTally } from './network-tally'
import type { TargetRow } from './report'
import { credentialFor } from '../support/facilitator-credential'
import { isBundledFaceFile } from './phone-fonts'
import { PHONE_ON_THE_VENUE_WIFI } from './venue-wifi'

/**
 * `join` benchmark: one phone (a fresh 390×844 Chromium context) opens the QR code's link
 * `/join#CODE`, types a name, joins and lands in its county's plan, until the situation summary can be
 * typed in; then the same phone comes back to its plan (a repeat visit, with its browser cache). Run on
 * one phone's share of a busy venue Wi-Fi (CDP throttling) and unthrottled, against `serve --demo`
 * serving the built renderer (out/).
 */
export interface JoinVisit {
  msToEditable: number
  /** What the page had transferred when the plan became editable: what a phone needs to join and edit. */
  untilEditable: NetworkTally
  /** All of it once the page has settled: late fonts and the next steps prefetched when idle included. */
  network: NetworkTally
}

export interface JoinBenchReport {
  bench: 'join'
  startedAt: string
  loadAverage1m: number
  network: { downKbit: number; upKbit: number; rttMs: number }
  throttled: { first: JoinVisit; repeat: JoinVisit }
  unthrottled: { first: JoinVisit; repeat: JoinVisit }
  targets: TargetRow[]
}

export type JoinBenchOutcome = { ran: true; report: JoinBenchReport } | { ran: false; reason: string }

const PHONE = { width: 390, height: 844 }
const WIFI_SHARE = { downKbit: 4000, upKbit: 1000, rttMs: 60 }
/** The page has settled (fonts and idle prefetches included) once nothing was loaded for this long. */
const QUIET_MS = 1500

async function hubJson<T>(url: string, init?: { method: string; body: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? 'GET',
    headers: init
      ? {
          'content-type': 'application/json',
          ...(await credentialFor(new URL(url).origin, init.method)),
        }
      : {},
    body: init ? JSON.stringify(init.body) : undefined,
  })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const summaryEditor = (page: Page) =>
  page.getByRole('textbox', { name: '现状概述' }).and(page.locator('[contenteditable="true"]'))

/** Waits until the page has loaded nothing for QUIET_MS, so late fonts and prefetches are counted. */
async function settle(read: () => NetworkTally): Promise<void> {
  let last = read().requests + read().bytes
  let quietSince = performance.now()
  while (performance.now() - quietSince < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    const now = read().requests + read().bytes
    if (now !== last) {
      last = now
      quietSince = performance.now()
    }
  }
}

async function openPage(browserPage: Page, throttled: boolean) {
  const cdp = await browserPage.context().newCDPSession(browserPage)
  const tally = await tallyNetwork(cdp)
  if (throttled)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: WIFI_SHARE.rttMs,
      downloadThroughput: (WIFI_SHARE.downKbit * 1000) / 8,
      uploadThroughput: (WIFI_SHARE.upKbit * 1000) / 8,
    })
  return tally
}

export async function phoneJoins(
  browser: Browser,
  hubUrl: string,
  code: string,
  throttled: boolean,
): Promise<{ first: JoinVisit; repeat: JoinVisit }> {
  const context = await browser.newContext({
    viewport: PHONE,
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    extraHTTPHeaders: { 'accept-encoding': PHONE_ON_THE_VENUE_WIFI },
  })
  try {
    const page = await context.newPage()
    const tally = await openPage(page, throttled)
    const start = performance.now()
    await page.goto(`${hubUrl}/join#${code}`)
    await page.getByLabel('你的姓名').fill(throttled ? '王伟' : '李娜')
    await page.getByRole('button', { name: '加入', exact: true }).click()
    await summaryEditor(page).waitFor({ timeout: 60_000 })
    const msToEditable = Math.round(performance.now() - start)
    const untilEditable = tally.read()
    await settle(tally.read)
    const first = { msToEditable, untilEditable, network: tally.read() }
    const planUrl = page.url()
    await page.close()

    // The same phone later: the app is opened again from its address (its join is stored on the device).
    const again = await context.newPage()
    const repeatTally = await openPage(again, throttled)
    const repeatStart = performance.now()
    await again.goto(planUrl)
    await summaryEditor(again).waitFor({ timeout: 60_000 })
    const repeatMs = Math.round(performance.now() - repeatStart)
    const repeatUntilEditable = repeatTally.read()
    await settle(repeatTally.read)
    return {
      first,
      repeat: { msToEditable: repeatMs, untilEditable: repeatUntilEditable, network: repeatTally.read() },
    }
  } finally {
    await context.close()
  }
}

export async function runJoinBench(): Promise<JoinBenchOutcome> {
  const lookup = findChromium()
  if (!lookup.found) return { ran: false, reason: 'no Chromium (set CHROMIUM_PATH)' }
  if (!existsSync(join(BUILT_RENDERER_DIR, 'index.html')))
    return { ran: false, reason: 'renderer not built (npm run build)' }
  const startedAt = new Date().toISOString()
  const temp = makeTempDir('plan-join-bench-')
  const hub = await startHubProcess(temp.path, { demo: true })
  const browser = await chromium.launch({ executablePath: lookup.path, args: CHROMIUM_ARGS })
  try {
    await hubJson(`${hub.url}${API_ROUTES.lanOpen}`, { method: 'POST', body: { address: '127.0.0.1' } })
    const [workshop] = await hubJson<{ id: string }[]>(`${hub.url}${API_ROUTES.workshops}`)
    if (!workshop) throw new Error('the demo workshop is missing')
    const info = await hubJson<JoinInfo>(
      `${hub.url}${apiPath(API_ROUTES.joinInfo, { workshopId: workshop.id })}`,
    )
    const group = info.groups.find((g) => g.countyName === '略阳县') ?? info.groups[0]
    if (!group) throw new Error('the demo workshop has no groups')
    const loadAverage1m = Math.round(loadavg()[0]! * 100) / 100
    const unthrottled = await phoneJoins(browser, hub.url, group.code, false)
    const throttled = await phoneJoins(browser, hub.url, group.code, true)
    const kb = (bytes: number) => Math.round(bytes / 1000)
    return {
      ran: true,
      report: {
        bench: 'join',
        startedAt,
        loadAverage1m,
        network: WIFI_SHARE,
        throttled,
        unthrottled,
        targets: [
          {
            target: 'first visit ≤ 450 KB until editable, phone (gzip)',
            value: `${kb(withoutFonts(throttled.first.untilEditable))} KB`,
            pass: withoutFonts(throttled.first.untilEditable) <= 450_000,
          },
          {
            target: '  the same once settled (idle prefetch)',
            value: `${kb(withoutFonts(throttled.first.network))} KB`,
            pass: withoutFonts(throttled.first.network) <= 450_000,
          },
          {
            target: 'first visit ≤ 450 KB settled, this machine',
            value: `${kb(throttled.first.network.bytes)} KB`,
            pass: throttled.first.network.bytes <= 450_000,
          },
          {
            target: 'first visit editable < 4 s (throttled)',
            value: `${(throttled.first.msToEditable / 1000).toFixed(1)} s`,
            pass: throttled.first.msToEditable < 4000,
          },
          {
            target: 'repeat visit ≤ 30 KB',
            value: `${kb(throttled.repeat.network.bytes)} KB`,
            pass: throttled.repeat.network.bytes <= 30_000,
          },
        ],
      },
    }
  } finally {
    await browser.close()
    await hub.stop()
    temp.remove()
  }
}

/**
 * What a phone with its own CJK font transfers: everything but the bundled font files and the Chinese
 * faces' rules. Its Chinese (and the Latin letters in it) is drawn by that font (named first in the UI's
 * stack, or found by local()), its English by its own Latin face (the page is marked as drawing Chinese
 * itself, see device-fonts.css), so it fetches none of them (tests/e2e/bundled-font.spec.ts shows a page
 * told it has such faces fetching no font file). This machine has no CJK font and cannot be given one, so
 * the figure is computed, not measured: the bench's browser downloads the bundled faces, and they are
 * reported apart.
 */
const withoutFonts = (network: NetworkTally) =>
  network.bytes -
  Object.entries(network.fonts)
    .filter(([file]) => isBundledFaceFile(file))
    .reduce((sum, [, bytes]) => sum + bytes, 0)

const TYPES = ['Document', 'Script', 'Stylesheet', 'Font', 'Fetch', 'WebSocket'] as const

export function formatJoinReport(outcome: JoinBenchOutcome): string {
  if (!outcome.ran) return `Join: not run — ${outcome.reason}`
  const r = outcome.report
  const kb = (bytes: number) => String(Math.round(bytes / 1000)).padStart(6)
  const line = (label: string, n: NetworkTally, ms: string) => {
    const other = n.bytes - TYPES.reduce((sum, type) => sum + (n.byType[type]?.bytes ?? 0), 0)
    return `  ${label.padEnd(36)}${kb(n.bytes)}${TYPES.map((type) => kb(n.byType[type]?.bytes ?? 0)).join('')}${kb(other)}${String(n.requests).padStart(6)}${ms.padStart(10)}`
  }
  // Each visit twice: what it took to become editable, then everything once settled (idle prefetch).
  const row = (label: string, visit: JoinVisit) => [
    line(`${label}, until editable`, visit.untilEditable, `${(visit.msToEditable / 1000).toFixed(2)} s`),
    line(`${label}, settled`, visit.network, ''),
  ]
  const encodings = Object.entries(r.throttled.first.network.encodings)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ')
  const fonts = Object.entries(r.throttled.first.network.fonts).sort(([a], [b]) => a.localeCompare(b))
  const faces = fonts.map(
    ([file, bytes]) => `${file.replace(/-normal\.woff2$/, '')} ${Math.round(bytes / 1000)}`,
  )
  return [
    `Join (390×844, /join#CODE → editable plan; KB transferred, gzip as over the venue Wi-Fi; load average ${r.loadAverage1m})`,
    `  ${''.padEnd(36)} total   html     js    css   font    api     ws  other  reqs    editable`,
    ...row('first, throttled', r.throttled.first),
    ...row('repeat, throttled', r.throttled.repeat),
    ...row('first, unthrottled', r.unthrottled.first),
    ...row('repeat, unthrottled', r.unthrottled.repeat),
    `  phone with its own Chinese font, first visit: ${kb(withoutFonts(r.throttled.first.untilEditable)).trim()} KB until editable, ${kb(withoutFonts(r.throttled.first.network)).trim()} KB settled`,
    `  first visit's font files and Chinese font rules (KB; this machine has no CJK font, a phone with one fetches none of them): ${faces.length} files`,
    ...Array.from(
      { length: Math.ceil(faces.length / 6) },
      (_, i) => `    ${faces.slice(i * 6, i * 6 + 6).join(', ')}`,
    ),
    `  throttled: ${r.network.downKbit / 1000} Mbit/s down, ${r.network.upKbit / 1000} Mbit/s up, ${r.network.rttMs} ms RTT; first-visit encodings: ${encodings}`,
    '',
    'target                                          value      pass',
    ...r.targets.map((t) => `${t.target.padEnd(47)} ${t.value.padEnd(10)} ${t.pass ? 'yes' : 'NO'}`),
  ].join('\n')
}

export function writeJoinReport(report: JoinBenchReport, directory: string): string {
  mkdirSync(directory, { recursive: true })
  const path = join(directory, `join-${report.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}
