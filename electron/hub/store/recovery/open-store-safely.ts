import type { BackupInfo, RecoveryReport } from '../../../../shared/backups/backup-schema'
import { MIGRATIONS } from '../migrations/migration-list'
import { migrate, pendingMigrations } from '../migrate'
import { databasePath, openConnection } from '../open-database'
import { storeOver, type Store } from '../store'
import { BackupError } from '../store-errors'
import { backupsDir } from '../backup/backup-folder'
import { chooseBackup, copyBackupInto, newestUsableBackup } from '../backup/restore-backup'
import { takeBackup } from '../backup/take-backup'
import { prepareDataFolder, type CreateDataFolder } from './data-folder'
import { inspectDatabase } from './inspect-database'
import { markResolved, quarantineDatabase, unresolvedQuarantine, type QuarantineNote } from './quarantine'

export interface OpenStoreOptions {
  createDataDir?: CreateDataFolder
  /** A backup's name, or 'latest': restored (after keeping the current database) before the hub opens it. */
  restoreBackup?: string
  /** After a quarantine, start with a new empty database (the quarantined files stay where they are). */
  startEmpty?: boolean
}

export type OpenedStore =
  { kind: 'open'; store: Store; restored: BackupInfo | null } | { kind: 'damaged'; report: RecoveryReport }

/**
 * The hub's way into its data folder (docs/architecture.md "Durability"). A database that is empty,
 * not a database, fails its check or cannot be opened is never modified nor replaced silently: it moves
 * with its -wal/-shm files into `<data>/quarantine/<time>/` and the caller gets a report to show, until
 * the facilitator restores a backup or chooses to start afresh. Before any migration runs on an existing
 * database, a backup of it is taken; without one the database is not migrated.
 */
export async function openStoreSafely(dataDir: string, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  prepareDataFolder(dataDir, options.createDataDir)
  const path = databasePath(dataDir)
  const inspection = inspectDatabase(path)
  let quarantine: { dir: string; note: QuarantineNote } | null = null
  if (inspection.kind === 'damaged') {
    inspection.putBack()
    quarantine = quarantineDatabase(dataDir, path, inspection.problem)
  } else if (inspection.kind === 'absent') {
    quarantine = unresolvedQuarantine(dataDir)
  }

  let restored: BackupInfo | null = null
  if (quarantine) {
    if (options.restoreBackup) {
      restored = chooseBackup(dataDir, options.restoreBackup)
      await copyBackupInto(dataDir, restored, path)
      markResolved(quarantine.dir, quarantine.note)
    } else if (options.startEmpty) {
      markResolved(quarantine.dir, quarantine.note)
    } else {
      return { kind: 'damaged', report: reportOf(dataDir, quarantine) }
    }
  } else if (options.restoreBackup && inspection.kind === 'healthy') {
    restored = chooseBackup(dataDir, options.restoreBackup)
    await keepCurrent(dataDir, path, restored.name)
    await copyBackupInto(dataDir, restored, path)
  }

  const db = openConnection(path)
  try {
    const pending = pendingMigrations(db)
    if (pending.length > 0 && pending.length < MIGRATIONS.length) {
      const outcome = await takeBackup(db, dataDir, 'migration')
      if (!outcome.ok) {
        throw new BackupError(outcome.problem === 'diskFull' ? 'diskFull' : 'failed', undefined, {
          cause: outcome.error,
          stage: 'migration',
        })
      }
    }
    migrate(db)
    return { kind: 'open', store: storeOver(db), restored }
  } catch (error) {
    db.close()
    throw error
  }
}

/** A restore never loses the state it replaces: that is backed up first, or the restore does not happen. */
async function keepCurrent(dataDir: string, path: string, restoring: string): Promise<void> {
  const db = openConnection(path)
  try {
    const outcome = await takeBackup(db, dataDir, 'before-restore', { protect: [restoring] })
    if (!outcome.ok)
      throw new BackupError(outcome.problem === 'diskFull' ? 'diskFull' : 'failed', undefined, {
        cause: outcome.error,
      })
  } finally {
    db.close()
  }
}

function reportOf(dataDir: string, quarantine: { dir: string; note: QuarantineNote }): RecoveryReport {
  return {
    problem: quarantine.note.problem,
    databasePath: quarantine.note.databasePath,
    quarantineDir: quarantine.dir,
    quarantinedAt: quarantine.note.quarantinedAt,
    backupsDir: backupsDir(dataDir),
    newestGoodBackup: newestUsableBackup(dataDir),
  }
}
