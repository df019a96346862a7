import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { LoadConfig, LoadResult } from './live-sync-bench'
import type { ServerKind } from './servers'
import type { LatencySummary } from './stats'

/** What run.ts measured about one server, beside what the load process reports. */
export interface ServerMeasurement {
  load: LoadResult
  server: {
    pid: number
    /** VmHWM: the highest resident set size over the server process's life. */
    peakRssMb: number
    /** Highest VmRSS seen by sampling every 200 ms while it served the load. */
    peakRssSampledMb: number
    rssAtEndMb: number
    /** CPU time (user + system) over the measured window, as % of one core. */
    cpuPercent: number | null
    /** Share of the measured window the server's main thread was busy (includes blocking fsync). */
    eventLoopUtilization: number | null
    /**
     * Every better-sqlite3 Statement.run on the server's main thread over the measured window (ours
     * only). Live-document updates are written by a worker thread, so during the edit load this is
     * normally empty; anything here is SQLite work that blocks the thread relaying keystrokes.
     */
    sqliteRuns: (LatencySummary & { totalMs: number; perSecond: number; shareOfWindow: number }) | null
  }
  machine: MachineLoad | null
}

/** How busy the whole machine was over the measured window, in % of one core (2 cores = 200%). */
export interface MachineLoad {
  busyPercent: number
  /** Busy time not used by the server, the clients or the benchmark's own process: other work on the machine. */
  otherProcessesPercent: number
  iowaitPercent: number
  stealPercent: number
  loadAverage1m: number
}

/** Above this much CPU used by unrelated processes during a window, the run is flagged as disturbed. */
export const DISTURBED_OTHER_CPU_PERCENT = 20

export interface TargetRow {
  target: string
  value: string
  pass: boolean
}

export interface BenchReport {
  bench: 'live-sync'
  startedAt: string
  durationS: number
  quick: boolean
  machine: { cpus: number; cpuModel: string; node: string; platform: string; totalMemoryMb: number }
  config: Omit<LoadConfig, 'target'> & {
    counties: number
    devicesPerCounty: number
    /** NODE_OPTIONS the bench ran with (inherited by every process it starts), for experiments. */
    nodeOptions: string | null
  }
  results: Record<ServerKind, ServerMeasurement>
  ratios: { propagationP50: number; propagationP95: number; propagationP99: number }
  targets: TargetRow[]
  /** Set when other work on the machine disturbed the run (see disturbedWarning). */
  warnings: string[]
  notes: string[]
}

const ratio = (ours: number, bare: number) => Math.round((ours / bare) * 100) / 100
const TARGET_RATIO = 1.25
const TARGET_PROPAGATION_P95_MS = 20
const TARGET_COMMIT_P95_MS = 50
const TARGET_RSS_MB = 200

export function ratiosOf(results: Record<ServerKind, ServerMeasurement>): BenchReport['ratios'] {
  const ours = results.ours.load.propagationAll
  const bare = results.bare.load.propagationAll
  return {
    propagationP50: ratio(ours.p50, bare.p50),
    propagationP95: ratio(ours.p95, bare.p95),
    propagationP99: ratio(ours.p99, bare.p99),
  }
}

export function targetsOf(results: Record<ServerKind, ServerMeasurement>): TargetRow[] {
  const ours = results.ours
  const { propagationP95 } = ratiosOf(results)
  return [
    {
      target: `propagation p95 ≤ ${TARGET_RATIO}× bare`,
      value: `${propagationP95}×`,
      pass: propagationP95 <= TARGET_RATIO,
    },
    {
      target: `propagation p95 < ${TARGET_PROPAGATION_P95_MS} ms`,
      value: `${ours.load.propagationAll.p95} ms`,
      pass: ours.load.propagationAll.p95 < TARGET_PROPAGATION_P95_MS,
    },
    {
      target: `commit p95 < ${TARGET_COMMIT_P95_MS} ms`,
      value: `${ours.load.ack.p95} ms`,
      pass: ours.load.ack.p95 < TARGET_COMMIT_P95_MS,
    },
    {
      target: `hub RSS < ${TARGET_RSS_MB} MB (peak)`,
      value: `${ours.server.peakRssMb} MB`,
      pass: ours.server.peakRssMb < TARGET_RSS_MB,
    },
    {
      target: 'no edit lost (every measured edit seen by all and acknowledged)',
      value: `${ours.load.lost.notSeenByAll + ours.load.lost.notAcknowledged} missing`,
      pass: ours.load.lost.notSeenByAll + ours.load.lost.notAcknowledged === 0,
    },
  ]
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => [...(row[column] ?? '')].length)),
  )
  const line = (row: string[]) =>
    row.map((cell, column) => cell + ' '.repeat(widths[column]! - [...cell].length)).join(' | ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n')
}

const triple = (s: LatencySummary) => `${s.p50} / ${s.p95} / ${s.p99}`
const tripleRatio = (a: LatencySummary, b: LatencySummary) =>
  `${ratio(a.p50, b.p50)} / ${ratio(a.p95, b.p95)} / ${ratio(a.p99, b.p99)}`
const machineCell = (m: MachineLoad | null) =>
  m ? `${m.otherProcessesPercent}% / ${m.iowaitPercent}% / ${m.stealPercent}% / ${m.loadAverage1m}` : '–'
const orDash = (value: number | null, suffix = '') => (value === null ? '–' : `${value}${suffix}`)

export function formatReport(report: BenchReport): string {
  const { ours, bare } = report.results
  const rows: string[][] = [
    [
      'edits measured (per s)',
      `${ours.load.edits.measured} (${ours.load.edits.perSecond}/s)`,
      `${bare.load.edits.measured} (${bare.load.edits.perSecond}/s)`,
      '',
    ],
    [
      'propagation to ALL others p50/p95/p99 ms',
      triple(ours.load.propagationAll),
      triple(bare.load.propagationAll),
      tripleRatio(ours.load.propagationAll, bare.load.propagationAll),
    ],
    [
      'propagation per receiver p50/p95/p99 ms',
      triple(ours.load.propagationPerReceiver),
      triple(bare.load.propagationPerReceiver),
      tripleRatio(ours.load.propagationPerReceiver, bare.load.propagationPerReceiver),
    ],
    [
      '  … group devices only',
      triple(ours.load.propagationPeers),
      triple(bare.load.propagationPeers),
      tripleRatio(ours.load.propagationPeers, bare.load.propagationPeers),
    ],
    [
      '  … facilitator only',
      triple(ours.load.propagationFacilitator),
      triple(bare.load.propagationFacilitator),
      tripleRatio(ours.load.propagationFacilitator, bare.load.propagationFacilitator),
    ],
    [
      'edit → ack p50/p95/p99 ms (ours: = SQLite commit)',
      triple(ours.load.ack),
      triple(bare.load.ack),
      tripleRatio(ours.load.ack, bare.load.ack),
    ],
    [
      'lost: not seen by all / not acked',
      `${ours.load.lost.notSeenByAll} / ${ours.load.lost.notAcknowledged}`,
      `${bare.load.lost.notSeenByAll} / ${bare.load.lost.notAcknowledged}`,
      '',
    ],
    [
      'server RSS peak (VmHWM) / sampled peak MB',
      `${ours.server.peakRssMb} / ${ours.server.peakRssSampledMb}`,
      `${bare.server.peakRssMb} / ${bare.server.peakRssSampledMb}`,
      '',
    ],
    [
      'server CPU % of a core / main-thread busy',
      `${orDash(ours.server.cpuPercent, '%')} / ${orDash(ours.server.eventLoopUtilization)}`,
      `${orDash(bare.server.cpuPercent, '%')} / ${orDash(bare.server.eventLoopUtilization)}`,
      '',
    ],
    [
      'SQLite statements on hub main thread: per s / p50/p95/p99 ms / share',
      ours.server.sqliteRuns && ours.server.sqliteRuns.count > 0
        ? `${ours.server.sqliteRuns.perSecond}/s / ${triple(ours.server.sqliteRuns)} / ${ours.server.sqliteRuns.shareOfWindow}`
        : 'none (updates are written on a worker thread)',
      '–',
      '',
    ],
    [
      'client process CPU % / busy / loop delay p99 ms',
      `${ours.load.clientProcess.cpuPercent}% / ${ours.load.clientProcess.eventLoopUtilization} / ${ours.load.clientProcess.eventLoopDelayMs.p99}`,
      `${bare.load.clientProcess.cpuPercent}% / ${bare.load.clientProcess.eventLoopUtilization} / ${bare.load.clientProcess.eventLoopDelayMs.p99}`,
      '',
    ],
    ['connect + first sync of all clients ms', `${ours.load.connectMs}`, `${bare.load.connectMs}`, ''],
    [
      'machine: other processes CPU % / iowait % / steal % / load 1m',
      machineCell(ours.machine),
      machineCell(bare.machine),
      '',
    ],
  ]
  const targets = report.targets.map((row) => [row.target, row.value, row.pass ? 'PASS' : 'FAIL'])
  const { machine, config } = report
  return [
    `Live sync benchmark — ${config.counties} county plans × ${config.devicesPerCounty} group devices + facilitator console`,
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.totalMemoryMb} MB, node ${machine.node} (${machine.platform})`,
    `load: each device edits every ${config.minIntervalMs}–${config.maxIntervalMs} ms; warm-up ${config.warmupMs / 1000} s, measured ${config.measureMs / 1000} s, seed ${config.seed}${report.quick ? ' (--quick)' : ''}`,
    '',
    table(['metric', 'ours (hub)', 'bare Hocuspocus', 'ours/bare'], rows),
    '',
    'per second of the measured window, propagation-to-all p95 ms:',
    `  ours: ${ours.load.timeline.map((second) => second.propagationP95).join(' ')}`,
    `  bare: ${bare.load.timeline.map((second) => second.propagationP95).join(' ')}`,
    '',
    table(['target', 'ours', 'result'], targets),
    '',
    ...report.warnings.flatMap((warning) => [`WARNING: ${warning}`, '']),
    ...report.notes.map((note) => `- ${note}`),
  ].join('\n')
}

/** Runs share the machine with whatever else is running; say so when that was a lot. */
export function disturbedWarning(results: Record<ServerKind, ServerMeasurement>): string[] {
  const disturbed = (['bare', 'ours'] as const).filter(
    (kind) => (results[kind].machine?.otherProcessesPercent ?? 0) > DISTURBED_OTHER_CPU_PERCENT,
  )
  if (disturbed.length === 0) return []
  return [
    `other processes used more than ${DISTURBED_OTHER_CPU_PERCENT}% of a core during the ${disturbed.join(' and ')} run(s); on 2 cores that competes directly with the server and the clients, so these numbers are not representative. Run again on a quiet machine.`,
  ]
}

export function writeReport(report: BenchReport, directory: string): string {
  mkdirSync(directory, { recursive: true })
  const stamp = report.startedAt.replace(/[:.]/g, '-')
  const path = join(directory, `live-sync-${stamp}.json`)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}
