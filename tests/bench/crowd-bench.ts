import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, setPriority } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { findChromium } from '../../electron/export/chromium-path'
import { CHROMIUM_ARGS } from '../../electron/export/playwright-engine'
import type { CrowdConfig, CrowdMessage, CrowdResult } from './crowd-process'
import { eventLoopUtilizationBetween, splitByCrowd, type CrowdSplit } from './crowd-window'
import { phoneJoins } from './join-bench'
import { isBundledFaceFile } from './phone-fonts'
import type { LoadConfig, LoadResult } from './live-sync-bench'
import type { LoadMessage } from './load-process'
import { cpuMsOf } from './proc-stats'
import type { TargetRow } from './report'
import { startOurHub, type RunningServer } from './servers'
import { summarize, type LatencySummary } from './stats'
import { makeTempDir } from '../support/temp-dir'
import { startHubProcess, type HubProcess } from '../support/hub-process'

const ROOT = join(import.meta.dirname, '..', '..')
const COUNTIES = 21
const CROWD_PER_COUNTY = 3
/** Edits measured before the crowd arrives; the crowd then gets the rest of the window to sync. */
const BEFORE_MS = 8000

/**
 * `crowd` benchmark: 21 devices (one per county) are editing their plans, watched by the facilitator's
 * console, when 63 more devices (three per county) arrive at once, as after "scan now": each loads the join
 * page's asset set (the document, scripts, styles and fonts a real phone fetched, recorded once with
 * Chromium), joins with its group's code from its own address and opens its plan with a stock
 * @hocuspocus/provider. Reports the editing devices' propagation p95 before and during the crowd, and how
 * long until the last new device was synced. Clients and crowd run in processes of their own.
 */
export interface CrowdBenchReport {
  bench: 'crowd'
  startedAt: string
  /** A control run (see CrowdConfig.control), not a measure of the hub. */
  control: boolean
  loadAverage: { before: number[]; after: number[] }
  editingDevices: number
  crowdDevices: number
  assets: { paths: string[]; bytesPerDevice: number; encodings: Record<string, number> }
  propagation: CrowdSplit
  crowd: { lastSyncedMs: number; synced: LatencySummary; assetsLoaded: LatencySummary }
  serverCpuPercentDuringCrowd: number | null
  /** The hub's main thread: share of time busy (event-loop utilization) before and during the crowd. */
  hubMainThreadBusy: { before: number | null; during: number | null }
  /** The editing devices' process over the whole window: if it is starved, propagation grows without the hub. */
  editingClients: LoadResult['clientProcess']
  targets: TargetRow[]
}

export type CrowdBenchOutcome = { ran: true; report: CrowdBenchReport } | { ran: false; reason: string }

const loadAverage = () => loadavg().map((value) => Math.round(value * 100) / 100)

/** The same-origin documents, scripts, styles and fonts a phone fetched to join (API calls excluded). */
async function recordJoinAssets(hubUrl: string, code: string, chromiumPath: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  try {
    const { first } = await phoneJoins(browser, hubUrl, code, false)
    const origin = new URL(hubUrl).origin
    const paths = first.network.urls
      .filter((url) => url.startsWith(origin))
      .map((url) => {
        const { pathname, search } = new URL(url)
        return pathname + search
      })
      .filter((path) => !path.startsWith('/api/') && !path.startsWith('/live'))
      // Phones in a class in China draw Chinese with their own font: as in the join bench's first figure.
      .filter((path) => !isBundledFaceFile(path))
    return [...new Set(paths)]
  } finally {
    await browser.close()
  }
}

export async function runCrowdBench({
  quick,
  seed,
  control,
}: {
  quick: boolean
  seed: number
  /** See CrowdConfig.control: the same downloads from another process, no joins. */
  control: boolean
}): Promise<CrowdBenchOutcome> {
  const lookup = findChromium()
  if (!lookup.found)
    return { ran: false, reason: 'no Chromium (set CHROMIUM_PATH) to record the join assets' }
  const startedAt = new Date().toISOString()
  const children = new Set<ChildProcess>()
  let server: RunningServer | null = null
  let assetsHub: HubProcess | null = null
  const assetsHubDir = makeTempDir('plan-crowd-control-')
  // The probe's log goes to tmpfs where there is one, so it never competes with SQLite for the disk.
  const probeDir = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/plan-workshop-crowd-') : makeTempDir().path
  const probeFile = join(probeDir, 'hub.log')
  try {
    // One device per county edits; the crowd joins with the same codes.
    server = await startOurHub(COUNTIES, 1, {
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} ${process.env.HUB_PROF ?? ''} --import=${join(import.meta.dirname, 'server-probe.mjs')}`.trim(),
      BENCH_PROBE_FILE: probeFile,
    })
    const target = server.target
    const assets = await recordJoinAssets(target.url, target.docs[0]!.code!, lookup.path)
    if (control) assetsHub = await startHubProcess(assetsHubDir.path)
    const crowdConfig: CrowdConfig = {
      url: target.url,
      assets,
      control: assetsHub ? { assetsUrl: assetsHub.url } : undefined,
      devices: target.docs.flatMap((doc, county) =>
        Array.from({ length: CROWD_PER_COUNTY }, (_, member) => ({
          code: doc.code!,
          docName: doc.name,
          localAddress: `127.0.2.${county * CROWD_PER_COUNTY + member + 1}`,
        })),
      ),
    }
    const loadConfig: LoadConfig = {
      target,
      seed,
      warmupMs: 3000,
      measureMs: quick ? 20_000 : 30_000,
      drainMs: 3000,
      minIntervalMs: 100,
      maxIntervalMs: 300,
      keepSamples: true,
    }
    const before = loadAverage()
    const load = fork(join(import.meta.dirname, 'load-process.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    children.add(load)
    const crowdProcess = fork(join(import.meta.dirname, 'crowd-process.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    children.add(crowdProcess)
    // The crowd stands for sixty phones, each with its own processor; here their simulation shares the
    // hub's two cores, so it runs at the lowest priority and takes only what the hub and the editing
    // devices leave. The time until the last of them is synced still counts it.
    if (crowdProcess.pid !== undefined) setPriority(crowdProcess.pid, 19)
    const hubPid = server.pid
    let cpuAtCrowdStart: number | null = null
    let cpuPercent: number | null = null
    const crowd = new Promise<CrowdResult>((resolve, reject) => {
      crowdProcess.on('message', (message: CrowdMessage) => {
        if (message.type === 'synced') {
          const ms = message.result.endEpochMs - message.result.startEpochMs
          const end = cpuMsOf(hubPid)
          if (cpuAtCrowdStart !== null && end !== null)
            cpuPercent = Math.round(((end - cpuAtCrowdStart) / ms) * 1000) / 10
          resolve(message.result)
        } else reject(new Error(`crowd process failed:\n${message.message}`))
      })
      crowdProcess.once('exit', (code) => reject(new Error(`crowd process exited (${code})`)))
    })
    crowd.catch(() => undefined)
    const result = await new Promise<LoadResult>((resolve, reject) => {
      load.on('message', (message: LoadMessage) => {
        if (message.type === 'phase' && message.phase === 'connected')
          console.log('[crowd] 21 devices editing…')
        if (message.type === 'phase' && message.phase === 'measure-start') {
          setTimeout(() => {
            console.log('[crowd] 63 devices arrive…')
            cpuAtCrowdStart = cpuMsOf(hubPid)
            crowdProcess.send({ type: 'run', config: crowdConfig })
          }, BEFORE_MS)
        }
        if (message.type === 'result') resolve(message.result)
        if (message.type === 'error') reject(new Error(`load process failed:\n${message.message}`))
      })
      load.once('exit', (code) => reject(new Error(`load process exited (${code}) without a result`)))
      load.send({ type: 'run', config: loadConfig })
    })
    const crowdResult = await crowd
    crowdProcess.send({ type: 'stop' })
    const propagation = splitByCrowd(result.samples ?? [], crowdResult)
    // The probe flushes every 100 ms: give it one more flush past the window.
    await new Promise((resolve) => setTimeout(resolve, 250))
    const probe = readFileSync(probeFile, 'utf8')
    const lastSyncedMs = Math.round(crowdResult.endEpochMs - crowdResult.startEpochMs)
    return {
      ran: true,
      report: {
        bench: 'crowd',
        startedAt,
        control,
        loadAverage: { before, after: loadAverage() },
        editingDevices: COUNTIES,
        crowdDevices: crowdConfig.devices.length,
        assets: { paths: assets, bytesPerDevice: crowdResult.assetBytes, encodings: crowdResult.encodings },
        propagation,
        crowd: {
          lastSyncedMs,
          synced: summarize(crowdResult.syncedMs),
          assetsLoaded: summarize(crowdResult.assetsMs),
        },
        serverCpuPercentDuringCrowd: cpuPercent,
        hubMainThreadBusy: {
          before: eventLoopUtilizationBetween(probe, result.window.startEpochMs, crowdResult.startEpochMs),
          during: eventLoopUtilizationBetween(probe, crowdResult.startEpochMs, crowdResult.endEpochMs),
        },
        editingClients: result.clientProcess,
        targets: [
          {
            target: 'editing propagation p95 during ÷ before ≤ 1.5',
            value: `${propagation.ratioP95}×`,
            pass: propagation.ratioP95 <= 1.5,
          },
        ],
      },
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
    await server?.stop()
    await assetsHub?.stop()
    assetsHubDir.remove()
    rmSync(probeDir, { recursive: true, force: true })
  }
}

export function formatCrowdReport(outcome: CrowdBenchOutcome): string {
  if (!outcome.ran) return `Crowd: not run — ${outcome.reason}`
  const { propagation: p, crowd, assets } = outcome.report
  const row = (label: string, s: LatencySummary & { notSeenByAll: number }) =>
    `  ${label.padEnd(40)} p50 ${String(Math.round(s.p50)).padStart(5)} ms   p95 ${String(Math.round(s.p95)).padStart(5)} ms   max ${String(Math.round(s.max)).padStart(5)} ms   (${s.count} edits, ${s.notSeenByAll} not seen)`
  return [
    ...(outcome.report.control
      ? [
          'CONTROL RUN: the same downloads from another server process, no joins: the hub does nothing for the crowd;',
          'what the editing devices see here is this machine’s own share, the floor under the ratio below.',
        ]
      : []),
    `Crowd: ${outcome.report.crowdDevices} devices join while ${outcome.report.editingDevices} edit; load average ${outcome.report.loadAverage.before.join(' ')} → ${outcome.report.loadAverage.after.join(' ')}`,
    `  join assets per device: ${assets.paths.length} files, ${Math.round(assets.bytesPerDevice / 1000)} KB on the wire (${Object.entries(
      assets.encodings,
    )
      .map(([encoding, count]) => `${encoding} ${count}`)
      .join(', ')})`,
    row('editing propagation before the crowd', p.before),
    row('editing propagation during the crowd', p.during),
    `  ratio (p95)                              ${p.ratioP95}× (target ≤ 1.5×)`,
    `  last new device synced after             ${(crowd.lastSyncedMs / 1000).toFixed(1)} s (p50 ${Math.round(crowd.synced.p50)} ms; assets loaded p50 ${Math.round(crowd.assetsLoaded.p50)} ms)`,
    `  hub CPU while the crowd arrived          ${outcome.report.serverCpuPercentDuringCrowd ?? '?'} %`,
    `  hub main thread busy                     before ${outcome.report.hubMainThreadBusy.before ?? '?'}, during ${outcome.report.hubMainThreadBusy.during ?? '?'}`,
    `  editing clients' process (whole window)  CPU ${outcome.report.editingClients.cpuPercent} %, loop delay p99 ${outcome.report.editingClients.eventLoopDelayMs.p99} ms`,
  ].join('\n')
}

export function writeCrowdReport(report: CrowdBenchReport, directory: string): string {
  mkdirSync(directory, { recursive: true })
  const path = join(directory, `crowd-${report.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}
