import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { serveUsageMessage } from './serve-messages'

export interface ServeArgs {
  dataDir: string
  port: number
  host: string
  demo: boolean
}

export class UsageError extends Error {}

/** The XDG data folder for `serve` (Electron uses its own userData folder instead). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.trim() !== ''
      ? env.XDG_DATA_HOME
      : join(homedir(), '.local', 'share')
  return join(base, 'plan-workshop')
}

/** Parses `serve` arguments; throws UsageError with a sentence a user can act on. */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeArgs {
  const args: ServeArgs = { dataDir: defaultDataDir(env), port: 4317, host: '127.0.0.1', demo: false }
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    const value = (): string => {
      const next = argv[++index]
      if (next === undefined || next.startsWith('--'))
        throw new UsageError(serveUsageMessage('needsValue', { option: flag }))
      return next
    }
    switch (flag) {
      case '--data':
        args.dataDir = resolve(value())
        break
      case '--port': {
        const raw = value()
        const port = Number(raw)
        if (!/^\d+$/.test(raw) || port > 65535)
          throw new UsageError(serveUsageMessage('badPort', { port: raw }))
        args.port = port
        break
      }
      case '--host':
        args.host = value()
        break
      case '--demo':
        args.demo = true
        break
      default:
        throw new UsageError(serveUsageMessage('unknownOption', { option: flag }))
    }
  }
  return args
}
