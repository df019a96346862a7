import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { makeTempDir } from '../support/temp-dir'
import type { LoadConfig, LoadResult } from './live-sync-bench'
import type { LoadMessage } from './load-process'
import { cpuMsOf, sampleMemory, systemCpu, type SystemCpu } from './proc-stats'
import {
  disturbedWarning,
  formatReport,
  ratiosOf,
  targetsOf,
  writeReport,
  type BenchReport,
  type ServerMeasurement,
} from './report'
import { formatJoinReport, runJoinBench, writeJoinReport } from './join-bench'
import { formatPdfReport, runPdfBench, writePdfReport } from './pdf-export-bench'
import { formatCrowdReport, runCrowdBench, writeCrowdReport } from './crowd-bench'
import { formatStartReport, runStartBench, writeStartReport } from './start-bench'
import { startBareServer, startOurHub, type RunningServer, type ServerKind } from './servers'
import { summarize } from './stats'

/**
 * `npm run bench [-- --quick] [-- --seed N] [-- --live-only | --pdf-only | --join-only | --crowd-only [--crowd-control] | --start-only]`:
 * the live-sync benchmark, then the PDF export benchmark (pdf-export-bench.ts), then a phone joining
 * (join-bench.ts), then 63 devices joining while 21 edit (crowd-bench.ts), then how fast `serve` starts
 * (start-bench.ts). The same seeded edit load runs
 * first against a bare in-memory Hocuspocus server, then against our hub; each server is its own
 * process and the 63 group devices plus the facilitator console run in a second, fresh process, so
 * on a 2-core machine clients and server each get a core. Prints a table, writes JSON to
 * bench/results/, and exits 0 whatever the numbers (1 only if the benchmark itself failed).
 */
const ROOT = join(import.meta.dirname, '..', '..')
const RESULTS_DIR = join(ROOT, 'bench', 'results')
const COUNTIES = 21
const DEVICES_PER_COUNTY = 3
/** The live-sync part must stay well under two minutes, the crowd under one and a half, the others under one each; past this the run is aborted. */
const HARD_LIMIT_MS = 115_000 + 60_000 + 60_000 + 90_000 + 60_000

/** --live-only / --pdf-only / --join-only / --crowd-only / --start-only run one of the benchmarks. */
function parseArgs(argv: string[]): {
  quick: boolean
  seed: number
  live: boolean
  pdf: boolean
  join: boolean
  crowd: boolean
  control: boolean
  start: boolean
} {
  const quick = argv.includes('--quick')
  const seedAt = argv.indexOf('--seed')
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 20180301
  if (!Number.isInteger(seed)) throw new Error('--seed needs an integer')
  const only = ['--live-only', '--pdf-only', '--join-only', '--crowd-only', '--start-only'].find((flag) =>
    argv.includes(flag),
  )
  const runs = (flag: string) => only === undefined || only === flag
  return {
    quick,
    seed,
    live: runs('--live-only'),
    pdf: runs('--pdf-only'),
    join: runs('--join-only'),
    crowd: runs('--crowd-only'),
    // The crowd's control run instead of the crowd (see crowd-process.ts): with --crowd-only.
    control: argv.includes('--crowd-control'),
    start: runs('--start-only'),
  }
}

const children = new Set<ChildProcess>()
const servers = new Set<RunningServer>()

interface ProbeWindow {
  eventLoopUtilization: number | null
  sqliteRuns: ServerMeasurement['server']['sqliteRuns']
}

/** Reads what server-probe.mjs appended and cuts out the measured window. */
function readProbe(file: string, window: LoadResult['window']): ProbeWindow {
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return { eventLoopUtilization: null, sqliteRuns: null }
  }
  const elu: { at: number; idle: number; active: number }[] = []
  const runs: number[] = []
  let sawRuns = false
  for (const line of text.split('\n')) {
    const [kind, at, a, b] = line.split(' ')
    if (kind === 'elu') elu.push({ at: Number(at), idle: Number(a), active: Number(b) })
    if (kind === 'run') {
      sawRuns = true
      if (Number(at) >= window.startEpochMs && Number(at) < window.endEpochMs) runs.push(Number(a))
    }
  }
  const before = elu.filter((sample) => sample.at <= window.startEpochMs).at(-1)
  const after = elu.find((sample) => sample.at >= window.endEpochMs)
  const eventLoopUtilization =
    before && after
      ? Math.round(
          ((after.active - before.active) / (after.active - before.active + after.idle - before.idle)) * 1000,
        ) / 1000
      : null
  const windowMs = window.endEpochMs - window.startEpochMs
  const total = runs.reduce((sum, ms) => sum + ms, 0)
  return {
    eventLoopUtilization,
    sqliteRuns: sawRuns
      ? {
          ...summarize(runs),
          totalMs: Math.round(total),
          perSecond: Math.round((runs.length / windowMs) * 1000),
          shareOfWindow: Math.round((total / windowMs) * 1000) / 1000,
        }
      : null,
  }
}

async function measure(
  kind: ServerKind,
  config: Omit<LoadConfig, 'target'>,
  probeDir: string,
): Promise<ServerMeasurement> {
  const probeFile = join(probeDir, `${kind}.log`)
  const env = {
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --import=${join(import.meta.dirname, 'server-probe.mjs')}`.trim(),
    BENCH_PROBE_FILE: probeFile,
    BENCH_PROBE_SQLITE: kind === 'ours' ? '1' : '0',
  }
  console.log(`[${kind}] starting server…`)
  const server =
    kind === 'ours'
      ? await startOurHub(COUNTIES, DEVICES_PER_COUNTY, env)
      : await startBareServer(COUNTIES, DEVICES_PER_COUNTY, env)
  servers.add(server)
  const memory = sampleMemory(server.pid)
  try {
    const child = fork(join(import.meta.dirname, 'load-process.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    children.add(child)
    let cpuStart: number | null = null
    let cpuEnd: number | null = null
    let systemStart: SystemCpu | null = null
    let systemEnd: SystemCpu | null = null
    let ownStart = process.cpuUsage()
    let ownMs = 0
    let loadAverage = 0
    let windowStart = 0
    let windowEnd = 0
    const load = await new Promise<LoadResult>((resolve, reject) => {
      child.on('message', (message: LoadMessage) => {
        if (message.type === 'phase') {
          if (message.phase === 'connected') console.log(`[${kind}] clients connected; warming up…`)
          if (message.phase === 'measure-start') {
            console.log(`[${kind}] measuring for ${config.measureMs / 1000} s…`)
            windowStart = performance.now()
            cpuStart = cpuMsOf(server.pid)
            systemStart = systemCpu()
            ownStart = process.cpuUsage()
            loadAverage = loadavg()[0]!
          }
          if (message.phase === 'measure-end') {
            windowEnd = performance.now()
            cpuEnd = cpuMsOf(server.pid)
            systemEnd = systemCpu()
            const own = process.cpuUsage(ownStart)
            ownMs = (own.user + own.system) / 1000
          }
        } else if (message.type === 'result') resolve(message.result)
        else reject(new Error(`load process failed:\n${message.message}`))
      })
      child.once('exit', (code) => reject(new Error(`load process exited (${code}) without a result`)))
      child.send({ type: 'run', config: { ...config, target: server.target } satisfies LoadConfig })
    })
    children.delete(child)
    const windowMs = windowEnd - windowStart
    const cpuPercent =
      cpuStart !== null && cpuEnd !== null ? Math.round(((cpuEnd - cpuStart) / windowMs) * 1000) / 10 : null
    // The probe flushes every 100 ms: give it one more flush past the window.
    await new Promise((resolve) => setTimeout(resolve, 250))
    const probe = readProbe(probeFile, load.window)
    const rss = memory.stop()
    const percentOfWindow = (ms: number) => Math.round((ms / windowMs) * 1000) / 10
    const start = systemStart as SystemCpu | null
    const end = systemEnd as SystemCpu | null
    const machine: ServerMeasurement['machine'] =
      start && end
        ? {
            busyPercent: percentOfWindow(end.busyMs - start.busyMs),
            otherProcessesPercent: Math.max(
              0,
              Math.round(
                (percentOfWindow(end.busyMs - start.busyMs - ownMs) -
                  (cpuPercent ?? 0) -
                  load.clientProcess.cpuPercent) *
                  10,
              ) / 10,
            ),
            iowaitPercent: percentOfWindow(end.iowaitMs - start.iowaitMs),
            stealPercent: percentOfWindow(end.stealMs - start.stealMs),
            loadAverage1m: Math.round(loadAverage * 100) / 100,
          }
        : null
    return { load, server: { pid: server.pid, ...rss, cpuPercent, ...probe }, machine }
  } finally {
    memory.stop()
    await server.stop()
    servers.delete(server)
  }
}

async function main(): Promise<void> {
  const { live, pdf, join: joinBench, crowd, start, ...options } = parseArgs(process.argv.slice(2))
  if (live) await liveSyncBench(options)
  if (pdf) {
    // After the live-sync servers have stopped, so the two do not compete for the two cores.
    console.log('')
    console.log('[pdf] printing…')
    const outcome = await runPdfBench()
    console.log('')
    console.log(formatPdfReport(outcome))
    if (outcome.ran) console.log(`JSON: ${writePdfReport(outcome.report, RESULTS_DIR)}`)
  }
  if (joinBench) {
    // Last, on its own: a phone's load time is what the machine's other work would disturb most.
    console.log('')
    console.log('[join] a phone joins…')
    const outcome = await runJoinBench()
    console.log('')
    console.log(formatJoinReport(outcome))
    if (outcome.ran) console.log(`JSON: ${writeJoinReport(outcome.report, RESULTS_DIR)}`)
  }
  if (crowd) {
    console.log('')
    console.log('[crowd] 21 devices edit, then 63 join at once…')
    const outcome = await runCrowdBench(options)
    console.log('')
    console.log(formatCrowdReport(outcome))
    if (outcome.ran) console.log(`JSON: ${writeCrowdReport(outcome.report, RESULTS_DIR)}`)
  }
  if (start) {
    console.log('')
    console.log('[start] starting serve again and again…')
    const report = await runStartBench()
    console.log('')
    console.log(formatStartReport(report))
    console.log(`JSON: ${writeStartReport(report, RESULTS_DIR)}`)
  }
}

async function liveSyncBench({ quick, seed }: { quick: boolean; seed: number }): Promise<void> {
  const started = performance.now()
  const config: Omit<LoadConfig, 'target'> = {
    seed,
    warmupMs: quick ? 1000 : 3000,
    measureMs: quick ? 4000 : 15_000,
    drainMs: 3000,
    minIntervalMs: 100,
    maxIntervalMs: 300,
  }
  const startedAt = new Date().toISOString()
  // The probe's log goes to tmpfs where there is one, so it never competes with SQLite for the disk.
  const probeDir = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/plan-workshop-bench-') : makeTempDir().path
  try {
    // Bare first, then ours: each gets fresh server and client processes, so the order does not favour either.
    const bare = await measure('bare', config, probeDir)
    const ours = await measure('ours', config, probeDir)
    const results = { ours, bare }
    const report: BenchReport = {
      bench: 'live-sync',
      startedAt,
      durationS: Math.round((performance.now() - started) / 100) / 10,
      quick,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        totalMemoryMb: Math.round(totalmem() / 2 ** 20),
      },
      config: {
        ...config,
        counties: COUNTIES,
        devicesPerCounty: DEVICES_PER_COUNTY,
        nodeOptions: process.env.NODE_OPTIONS ?? null,
      },
      results,
      ratios: ratiosOf(results),
      targets: targetsOf(results),
      warnings: disturbedWarning(results),
      notes: [
        'Clients: 63 group devices (3 per county plan, each its own HocuspocusProvider and socket) and the facilitator console (one socket multiplexing all 21 plans and the session document, as the console that watches every group does). Clients run in one process, the server in another.',
        'Each edit (60% typing 1–3 characters or a backspace in the situation summary, 25% a data-card figure, 15% a new SWOT card) carries a unique marker key in the data card (a root groups may write, under keys no field uses), set in the same transaction, so it arrives as one update. Latency is timed with one monotonic clock, since sender and receivers share the client process.',
        '"propagation to ALL others" is per edit: until the last of its 3 receivers (2 other group devices + the facilitator) saw it; "per receiver" has one sample per receiving client.',
        "edit → ack is the time until the author's provider gets Hocuspocus's SyncStatus for that update (unsyncedChanges drops). Our hub writes updates to SQLite in batches on a worker thread (WAL, synchronous=FULL) and holds each SyncStatus until the batch holding its update has committed, so for ours ack = committed on disk. The bare server persists nothing, so its ack is the protocol's floor.",
        'Bare server: @hocuspocus/server Server with no extensions (no auth, no persistence, in memory). It speaks the same protocol as our hub, so the same providers and schedule run unchanged against both; the difference is what our hub adds.',
        '"SQLite statements on hub main thread": the probe times every better-sqlite3 Statement.run on the hub\'s main thread (ours only). Live-document updates are written in batches by a worker thread (group commit: what arrives while one batch is written forms the next), so during the edit load this row is normally empty; the commit time shows in edit → ack.',
        'Server CPU is from /proc/<pid>/stat; "main-thread busy" is the server\'s event-loop utilization from a probe preloaded into it, which unlike CPU time includes time blocked in fsync. Client busy and loop delay come from the client process itself: busy near 1 means the clients, not the server, are the bottleneck.',
      ],
    }
    const path = writeReport(report, RESULTS_DIR)
    console.log('')
    console.log(formatReport(report))
    console.log('')
    console.log(`JSON: ${path}`)
    console.log(`Bench took ${report.durationS} s.`)
  } finally {
    rmSync(probeDir, { recursive: true, force: true })
  }
}

async function cleanUp(): Promise<void> {
  for (const child of children) child.kill('SIGKILL')
  await Promise.all([...servers].map((server) => server.stop()))
}

const watchdog = setTimeout(() => {
  console.error(`Benchmark exceeded ${HARD_LIMIT_MS / 1000} s; aborting.`)
  void cleanUp().finally(() => process.exit(1))
}, HARD_LIMIT_MS)
watchdog.unref()

main()
  .then(() => process.exit(0))
  .catch(async (error: unknown) => {
    console.error(error)
    await cleanUp()
    process.exit(1)
  })
