import type Database from 'better-sqlite3'
import type { BackupInfo, BackupProblem, BackupReason } from '../../../../shared/backups/backup-schema'
import { listBackups } from './backup-folder'
import { takeBackup, type BackupOutcome, type BackupOptions } from './take-backup'

/** How often a backup is taken while the data keeps changing. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000

export interface BackupServiceOptions {
  intervalMs?: number
  /** Told when a backup was not taken (to say so in the log and on the console). */
  onProblem?: (outcome: Extract<BackupOutcome, { ok: false }>, reason: BackupReason) => void
}

/**
 * The running hub's backups: one at start, one every ten minutes while something changed, one on quit,
 * and those the facilitator asks for, taken one at a time.
 */
export class BackupService {
  private chain: Promise<unknown> = Promise.resolve()
  private changed = false
  private timer: NodeJS.Timeout | null = null
  /** Why the last attempt produced no backup; null after a good one. */
  lastProblem: BackupProblem | null = null

  constructor(
    private readonly db: Database.Database,
    readonly dataDir: string,
    private readonly options: BackupServiceOptions = {},
  ) {}

  /** Something was committed: the next interval takes a backup. */
  noteChange(): void {
    this.changed = true
  }

  start(): void {
    // A clean shutdown has just taken one, and nothing writes the database while the hub is stopped.
    if (listBackups(this.dataDir)[0]?.reason !== 'quit') void this.take('start')
    this.timer = setInterval(() => {
      if (this.changed) void this.take('interval')
    }, this.options.intervalMs ?? BACKUP_INTERVAL_MS)
    this.timer.unref()
  }

  list(): BackupInfo[] {
    return listBackups(this.dataDir)
  }

  take(reason: BackupReason, options: Omit<BackupOptions, 'now'> = {}): Promise<BackupOutcome> {
    const run = async (): Promise<BackupOutcome> => {
      const changedBefore = this.changed
      this.changed = false
      const outcome = await takeBackup(this.db, this.dataDir, reason, options)
      if (outcome.ok) {
        this.lastProblem = null
      } else {
        this.changed ||= changedBefore
        this.lastProblem = outcome.problem
        this.options.onProblem?.(outcome, reason)
      }
      return outcome
    }
    const result = this.chain.then(run, run)
    this.chain = result.catch(() => undefined)
    return result
  }

  /** Stops the timer; takes the quit backup when something changed since the last one. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    if (this.changed) await this.take('quit')
    await this.chain
  }
}
