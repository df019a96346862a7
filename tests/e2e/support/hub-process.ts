import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { PROJECT_ROOT } from './project-root'

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
 * A real hub started the way users start it: `npm run serve -- --data DIR --port N [--demo]`.
 * `npm run serve` spawns tsx, which spawns node; the hub runs in its own process group so that stop()
 * can end all three at once. It can be stopped and started again on the same data folder.
 */
export class HubProcess {
  private child: ChildProcess | null = null
  private output = ''

  constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly demo = false,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** What the hub printed so far; part of every failure message. */
  get log(): string {
    return this.output
  }

  async start(): Promise<void> {
    if (this.child) throw new Error('The hub is already running.')
    const args = ['run', 'serve', '--', '--data', this.dataDir, '--port', String(this.port)]
    if (this.demo) args.push('--demo')
    const child = spawn('npm', args, { cwd: PROJECT_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    this.child = child
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    await this.waitUntilHealthy(child)
  }

  /** Ends the whole process group (npm, tsx, node) and waits until none of it is left. */
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

  async restart(): Promise<void> {
    await this.stop()
    await this.start()
  }

  private async waitUntilHealthy(child: ChildProcess, timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(
          `The hub exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${this.output}`,
        )
      }
      try {
        const response = await fetch(`${this.url}/api/health`)
        const body = (await response.json()) as { status?: string }
        if (response.ok && body.status === 'ok') return
      } catch {
        // Not listening yet.
      }
      await sleep(200)
    }
    await this.stop()
    throw new Error(`The hub did not answer /api/health within ${timeoutMs} ms:\n${this.output}`)
  }
}
