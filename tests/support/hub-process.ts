import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { isBuildStale } from '../../electron/hub/cli/build-freshness'
import { HUB_BUILT, HUB_SOURCES } from './ensure-built'

const ROOT = join(import.meta.dirname, '..', '..')

/** A free loopback port, as the OS hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

export interface HubProcessOptions {
  /** 0 (the default) lets the OS choose at the first start; restarts keep the port the hub got. */
  port?: number
  /** Start with `--demo` (the 2018 demo workshop and its counties). */
  demo?: boolean
  /** Extra environment for the hub process. */
  env?: Record<string, string>
  /** Extra `serve` arguments (e.g. --restore-backup latest). */
  args?: string[]
  /** The /api/health status that means ready: 'recovery' for a hub serving only the recovery screen. */
  readyStatus?: 'ok' | 'recovery'
}

/**
 * Tests run the hub as `npm run serve` does, from the bundle in out/hub (about 2 s quicker to start than
 * compiling TypeScript at each start). The global setup rebuilds it when the sources are newer; a stale bundle
 * found here anyway (a test run without that setup) is refused rather than tested. HUB_UNDER_TEST=source
 * runs the sources through tsx instead, for stack traces that point into them.
 */
function serveCommand(): string[] {
  if (process.env.HUB_UNDER_TEST === 'source')
    return ['--import', 'tsx', join(ROOT, 'electron/hub/cli/serve.ts')]
  if (isBuildStale(HUB_BUILT, HUB_SOURCES)) {
    throw new Error(
      'out/hub/serve.js is missing or older than the sources: run `npm run build` (or HUB_UNDER_TEST=source).',
    )
  }
  return [HUB_BUILT]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * The one way tests start a real hub: `serve` as its own OS process (Node with the tsx loader or the built bundle, so a
 * signal hits the process that owns the database), in its own process group so that stop() leaves
 * nothing behind. Ready means /api/health answered. It can be stopped, killed and started again on the
 * same data folder and port, as a facilitator's laptop would be.
 */
export class HubProcess {
  private child: ChildProcess | null = null
  private output = ''
  private currentPort: number

  constructor(
    readonly dataDir: string,
    private readonly options: HubProcessOptions = {},
  ) {
    this.currentPort = options.port ?? 0
  }

  get port(): number {
    return this.currentPort
  }

  get url(): string {
    return `http://127.0.0.1:${this.currentPort}`
  }

  /** The running hub's process id (for memory and CPU readings). */
  get pid(): number {
    if (!this.child?.pid) throw new Error('The hub is not running.')
    return this.child.pid
  }

  /** What the hub printed so far; part of every failure message. */
  get log(): string {
    return this.output
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('The hub is already running.')
    const args = serveCommand()
    args.push('--data', this.dataDir, '--port', String(this.currentPort))
    if (this.options.demo) args.push('--demo')
    args.push(...(this.options.args ?? []))
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    await this.waitUntilHealthy(child)
  }

  /** Ends the hub and anything it started, politely first, and waits until none of it is left. */
  async stop(): Promise<void> {
    const child = this.child
    if (!child?.pid) return
    this.child = null
    const pid = child.pid
    if (groupAlive(pid)) process.kill(-pid, 'SIGTERM')
    for (let waited = 0; groupAlive(pid) && waited < 10_000; waited += 100) await sleep(100)
    if (groupAlive(pid)) process.kill(-pid, 'SIGKILL')
    for (let waited = 0; groupAlive(pid) && waited < 5_000; waited += 100) await sleep(100)
  }

  /** Sends the hub one signal (SIGKILL: a power cut) and waits for it to be gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child
    if (!child) return
    this.child = null
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill(signal)
      await exited
    }
    if (child.pid && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL')
  }

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  private async waitUntilHealthy(child: ChildProcess, timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.child = null
        throw new Error(
          `The hub exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${this.output}`,
        )
      }
      // With port 0 the hub says which port it got: "Open http://127.0.0.1:PORT/".
      const printed = /Open http:\/\/127\.0\.0\.1:(\d+)\//.exec(this.output)
      if (this.currentPort === 0 && printed?.[1]) this.currentPort = Number(printed[1])
      if (this.currentPort !== 0 && (await this.healthy())) return
      await sleep(100)
    }
    await this.stop()
    throw new Error(`The hub did not answer /api/health within ${timeoutMs} ms:\n${this.output}`)
  }

  private async healthy(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/api/health`)
      const body = (await response.json()) as { status?: string }
      return response.ok && body.status === (this.options.readyStatus ?? 'ok')
    } catch {
      return false
    }
  }
}

/** A started hub on a data folder (port chosen by the OS). */
/**
 * Runs `serve` until it exits by itself (a start it refuses): its exit code and what it printed.
 * `env` defaults to an English locale so that tests can read the sentences.
 */
export function runServeToExit(
  args: readonly string[],
  env: Record<string, string> = { LANG: 'en_US.UTF-8' },
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...serveCommand(), ...args], {
      cwd: ROOT,
      env: { ...process.env, LC_ALL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`serve did not exit within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

export async function startHubProcess(dataDir: string, options: HubProcessOptions = {}): Promise<HubProcess> {
  const hub = new HubProcess(dataDir, options)
  await hub.start()
  return hub
}
