import type { MessageKey } from '../../../shared/validation/messages'
import type { RecoveryReport } from '../../../shared/backups/backup-schema'

/** A data folder the app must not open; `key` and `params` render the reason in the user's language. */
export class StoreRefusedError extends Error {
  constructor(
    readonly key: Extract<MessageKey, 'store.tooNew' | 'store.foreign'>,
    readonly params: Record<string, number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`)
    this.name = 'StoreRefusedError'
  }
}

/** A database the hub would not open; it was moved, unchanged, into quarantine (see `report`). */
export class StoreDamagedError extends Error {
  constructor(readonly report: RecoveryReport) {
    super(`The database was set aside in ${report.quarantineDir} (${report.problem}).`)
    this.name = 'StoreDamagedError'
  }
}

export type DataFolderProblem = 'missing' | 'readOnly' | 'notAFolder'

/** The data folder itself cannot hold a database (nothing was created or changed). */
export class DataFolderError extends Error {
  constructor(
    readonly problem: DataFolderProblem,
    readonly path: string,
  ) {
    super(`The data folder ${path} cannot be used (${problem}).`)
    this.name = 'DataFolderError'
  }
}

/**
 * A backup that could not be taken or restored: notFound (no such name), unusable (it fails its check or
 * was written by a newer version), noBackups (asked for the latest, there is none), diskFull, failed.
 */
export type BackupFailure = 'notFound' | 'unusable' | 'noBackups' | 'diskFull' | 'failed'

export class BackupError extends Error {
  constructor(
    readonly failure: BackupFailure,
    readonly backupName?: string,
    options?: { cause?: unknown; stage?: 'restore' | 'migration' },
  ) {
    super(`Backup ${backupName ?? ''}: ${failure}`, { cause: options?.cause })
    this.name = 'BackupError'
    this.stage = options?.stage ?? 'restore'
  }
  /** What the backup was for: a restore, or the safety copy before a migration. */
  readonly stage: 'restore' | 'migration'
}
