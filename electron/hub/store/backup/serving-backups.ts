import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BackupInfo } from '../../../../shared/backups/backup-schema'
import { migrate } from '../migrate'
import { quarantineRoot } from '../recovery/quarantine'
import type { Store } from '../store'
import { BackupError } from '../store-errors'
import { storeFailureOf } from '../store-failure'
import type { StoreHealth } from '../store-health'
import type { BackupControl } from './backup-control'
import type { BackupService } from './backup-service'
import { chooseBackup, copyBackupInto } from './restore-backup'

export interface ServingBackupsOptions {
  store: Store
  backups: BackupService
  health: StoreHealth
  /** Stops and resumes live editing around a restore (devices are told to reload). */
  live: { suspend(): Promise<void>; resume(): void }
  /** Hub state that lives in the database and must follow the restore (generation, LAN memory). */
  afterRestore(): void
}

/** The running hub's backups: list, take one now, restore one while the hub keeps serving. */
export function servingBackups(options: ServingBackupsOptions): BackupControl {
  const { store, backups, health } = options
  return {
    status: () => ({
      state: health.state(),
      pendingEdits: health.pendingEdits(),
      lastBackup: backups.list()[0] ?? null,
      backupProblem: backups.lastProblem,
      recovery: null,
    }),
    list: () => backups.list(),
    async create() {
      if (health.state() === 'damaged') throw new BackupError('unusable')
      const outcome = await backups.take('manual')
      if (!outcome.ok) throw new BackupError(outcome.problem === 'diskFull' ? 'diskFull' : 'failed')
      return outcome.backup
    },
    async restore(name) {
      const chosen = chooseBackup(backups.dataDir, name)
      const damaged = health.state() === 'damaged'
      health.setRestoring(true)
      try {
        await options.live.suspend()
        const keptAs = damaged
          ? setDamagedFileAside(backups.dataDir, store.db.name)
          : await keepCurrent(backups, chosen)
        await copyBackupInto(backups.dataDir, chosen, store.db.name)
        migrate(store.db)
        options.afterRestore()
        health.replaced()
        return { restored: chosen, keptAs }
      } finally {
        options.live.resume()
        health.setRestoring(false)
      }
    },
  }
}

/** The state a restore replaces is kept as a backup first; without one the restore does not happen. */
async function keepCurrent(backups: BackupService, restoring: BackupInfo): Promise<BackupInfo> {
  const outcome = await backups.take('before-restore', { protect: [restoring.name] })
  if (!outcome.ok) throw new BackupError(outcome.problem === 'diskFull' ? 'diskFull' : 'failed')
  return outcome.backup
}

/**
 * A damaged file would fail a backup's check, so its bytes are kept as they are, in quarantine, before the
 * restore overwrites them (the live connections are idle: every document was unloaded).
 */
function setDamagedFileAside(dataDir: string, databasePath: string): null {
  const dir = join(quarantineRoot(dataDir), new Date().toISOString().replace(/[:.]/g, '-'))
  try {
    mkdirSync(dir, { recursive: true })
    for (const suffix of ['', '-wal']) {
      const path = databasePath + suffix
      if (existsSync(path)) copyFileSync(path, join(dir, basename(path)))
    }
  } catch (error) {
    throw new BackupError(storeFailureOf(error) === 'diskFull' ? 'diskFull' : 'failed', undefined, {
      cause: error,
    })
  }
  return null
}
