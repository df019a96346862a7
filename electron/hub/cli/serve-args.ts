import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { serveUsageMessage } from './serve-messages'

export interface ServeArgs {
  dataDir: string
  port: number
  host: string
  demo: boolean
  /** Set when --data named the folder: one whose parent is missing is then reported, not created. */
  dataDirGiven?: true
  /** --restore-backup NAME|latest: restore that backup (the current state is backed up first), then start. */
  restoreBackup?: string
  /** --start-empty: after the database was quarantined, start with a new empty one. */
  startEmpty?: true
  /** --recovery: on a damaged database, serve the recovery screen instead of exiting. */
  recovery?: true
  /** --verbose: print the details of unexpected errors (they always go to the log file). */
  verbose?: true
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
        args.dataDirGiven = true
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
      case '--restore-backup':
        args.restoreBackup = value()
        break
      case '--start-empty':
        args.startEmpty = true
        break
      case '--recovery':
        args.recovery = true
        break
      case '--verbose':
        args.verbose = true
        break
      default:
        throw new UsageError(serveUsageMessage('unknownOption', { option: flag }))
    }
  }
  return args
}
