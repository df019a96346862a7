import Database from 'better-sqlite3'
import { join } from 'node:path'
import { isBackupName, type BackupInfo } from '../../../../shared/backups/backup-schema'
import { pendingMigrations } from '../migrate'
import { BackupError } from '../store-errors'
import { backupsDir, listBackups } from './backup-folder'
import { checkDatabaseFile } from './database-check'
import { ALL_PAGES } from './take-backup'

/** A backup this build can restore: it passes its check now and was not written by a newer version. */
export function isUsableBackup(path: string): boolean {
  if (!checkDatabaseFile(path).ok) return false
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    pendingMigrations(db)
    return true
  } catch {
    return false
  } finally {
    db.close()
  }
}

/** The newest backup that can be restored now, or null. */
export function newestUsableBackup(dataDir: string): BackupInfo | null {
  return listBackups(dataDir).find((backup) => isUsableBackup(join(backupsDir(dataDir), backup.name))) ?? null
}

/** `which` is a backup's file name or 'latest'; throws a BackupError saying why it cannot be used. */
export function chooseBackup(dataDir: string, which: string): BackupInfo {
  if (which === 'latest') {
    const newest = newestUsableBackup(dataDir)
    if (!newest) throw new BackupError('noBackups')
    return newest
  }
  const backup = isBackupName(which) ? listBackups(dataDir).find((entry) => entry.name === which) : undefined
  if (!backup) throw new BackupError('notFound', which)
  if (!isUsableBackup(join(backupsDir(dataDir), backup.name))) throw new BackupError('unusable', which)
  return backup
}

/**
 * Writes a backup's pages into the database file through the online backup API: into a new file, or
 * into the live database while the hub's own connections stay open (they see the restored pages at
 * their next statement; SQLite keeps the live file in WAL mode).
 */
export async function copyBackupInto(dataDir: string, backup: BackupInfo, targetPath: string): Promise<void> {
  const source = new Database(join(backupsDir(dataDir), backup.name), { readonly: true, fileMustExist: true })
  try {
    await source.backup(targetPath, { progress: () => ALL_PAGES })
  } finally {
    source.close()
  }
}
