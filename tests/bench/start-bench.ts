import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { isBuildStale } from '../../electron/hub/cli/build-freshness'
import { freePort } from '../support/hub-process'
import { makeTempDir } from '../support/temp-dir'

const ROOT = join(import.meta.dirname, '..', '..')
const BUILT = join(ROOT, 'out', 'hub', 'serve.js')
const TARGET_MS = 1000
const ROUNDS = 3

/** How `serve` is started: the sources with tsx (as before out/hub existed), the bundle with node, and `npm run serve`. */
const WAYS = {
  'source (tsx)': [process.execPath, '--import', 'tsx', join(ROOT, 'electron/hub/cli/serve.ts')],
  'built (node out/hub/serve.js)': [process.execPath, BUILT],
  'npm run serve': ['npm', 'run', '--silent', 'serve', '--'],
} as const

type Way = keyof typeof WAYS

export interface StartBenchReport {
  bench: 'start-up'
  startedAt: string
  loadAverage: number[]
  rounds: number
  /** Median ms from spawn to the first healthy /api/health: cold is --demo on an empty data folder, warm a restart. */
  results: Record<Way, { coldMs: number; warmMs: number; coldRuns: number[]; warmRuns: number[] }>
  targetMs: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`)
    return response.ok && ((await response.json()) as { status?: string }).status === 'ok'
  } catch {
    return false
  }
}

/** One start on a data folder: ms until /api/health answers ok, then the hub is stopped with its process group. */
async function timeStart(way: Way, dataDir: string): Promise<number> {
  const port = await freePort()
  const [command, ...args] = WAYS[way]
  const started = performance.now()
  const child = spawn(command, [...args, '--data', dataDir, '--port', String(port), '--demo'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  })
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${way} exited (${child.exitCode}) before it was ready`)
      if (await healthy(port)) return Math.round(performance.now() - started)
      if (performance.now() - started > 30_000) throw new Error(`${way} was not ready within 30 s`)
      await sleep(5)
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM')
    await exited
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * `npm run bench -- --start-only`: how long `serve` takes to answer /api/health, cold (first start with --demo
 * on an empty data folder: database created, demo seeded) and warm (a restart on that folder), each way of
 * starting it side by side in one run, rounds interleaved so machine load hits all alike.
 */
export async function runStartBench(): Promise<StartBenchReport> {
  if (
    isBuildStale(
      BUILT,
      ['electron', 'shared'].map((folder) => join(ROOT, folder)),
    )
  ) {
    throw new Error('out/hub/serve.js is missing or older than the sources: run `npm run build` first.')
  }
  const startedAt = new Date().toISOString()
  const loadAverage = loadavg().map((value) => Math.round(value * 100) / 100)
  const runs = Object.fromEntries(
    Object.keys(WAYS).map((way) => [way, { cold: [] as number[], warm: [] as number[] }]),
  ) as Record<Way, { cold: number[]; warm: number[] }>
  const temp = makeTempDir('plan-workshop-start-')
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const way of Object.keys(WAYS) as Way[]) {
        const dataDir = join(temp.path, `${round}-${way.replace(/\W+/g, '-')}`)
        runs[way].cold.push(await timeStart(way, dataDir))
        runs[way].warm.push(await timeStart(way, dataDir))
      }
    }
  } finally {
    temp.remove()
  }
  const results = Object.fromEntries(
    Object.entries(runs).map(([way, { cold, warm }]) => [
      way,
      { coldMs: median(cold), warmMs: median(warm), coldRuns: cold, warmRuns: warm },
    ]),
  ) as StartBenchReport['results']
  return { bench: 'start-up', startedAt, loadAverage, rounds: ROUNDS, results, targetMs: TARGET_MS }
}

export function formatStartReport(report: StartBenchReport): string {
  const lines = [
    `Start-up: spawn → healthy /api/health, median of ${report.rounds} (target < ${report.targetMs} ms); load average ${report.loadAverage.join(' ')}`,
    `${'way'.padEnd(32)}${'cold (--demo, empty)'.padStart(22)}${'warm (restart)'.padStart(16)}`,
  ]
  for (const [way, result] of Object.entries(report.results)) {
    const mark = (ms: number) => `${ms} ms ${ms < report.targetMs ? '✓' : '✗'}`
    lines.push(`${way.padEnd(32)}${mark(result.coldMs).padStart(22)}${mark(result.warmMs).padStart(16)}`)
  }
  return lines.join('\n')
}

export function writeStartReport(report: StartBenchReport, directory: string): string {
  mkdirSync(directory, { recursive: true })
  const path = join(directory, `start-up-${report.startedAt.replace(/[:.]/g, '-')}.json`)
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}
