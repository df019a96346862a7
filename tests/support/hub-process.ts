import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

export interface HubProcess {
  url: string
  child: ChildProcess
  kill(signal?: NodeJS.Signals): Promise<void>
}

/**
 * The hub as its own OS process (`serve` run by Node with the tsx loader, so SIGKILL hits the
 * process that owns the database, not a wrapper).
 */
export async function startHubProcess(dataDir: string): Promise<HubProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'electron/hub/cli/serve.ts'), '--data', dataDir, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open (http:\/\/[^\s/]+)\//.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`hub exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    child,
    kill: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}
