import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync } from 'node:fs'
import { join } from 'node:path'
import { backupName, type BackupInfo, type BackupReason } from '../../../../shared/backups/backup-schema'
import { storeFailureOf } from '../store-failure'
import { backupsDir, listBackups, PARTIAL_SUFFIX } from './backup-folder'
import { backupsToPrune, DEFAULT_RETENTION, type RetentionPolicy } from './backup-retention'
import { checkDatabaseFile } from './database-check'

export type BackupOutcome =
  | { ok: true; backup: BackupInfo; pruned: string[] }
  | { ok: false; problem: 'diskFull' | 'failedCheck' | 'failed'; error?: unknown }

/**
 * Copy every page in one step: SQLite restarts a backup whose source another connection (the live update
 * writer) changed between steps, so small steps could restart forever under steady typing.
 */
export const ALL_PAGES = 0x7fffffff

/** Space a backup leaves free for live edits; below it the backup is skipped rather than fill the disk. */
export const BACKUP_HEADROOM_BYTES = 1024 * 1024

export interface BackupOptions {
  now?: Date
  retention?: RetentionPolicy
  /** Backups that must survive this backup's pruning (the one about to be restored). */
  protect?: readonly string[]
}

/**
 * A backup of the whole database through SQLite's online backup API (a consistent copy of the pages
 * while the hub keeps writing; never a file copy). It is written under a temporary name, switched to
 * rollback-journal mode so that it stands alone as one file, checked with quick_check, and only then
 * given its final name and allowed to prune older backups. A failed, unchecked or skipped backup prunes
 * nothing.
 */
export async function takeBackup(
  db: Database.Database,
  dataDir: string,
  reason: BackupReason,
  options: BackupOptions = {},
): Promise<BackupOutcome> {
  const dir = backupsDir(dataDir)
  const now = options.now ?? new Date()
  let partial: string | null = null
  try {
    mkdirSync(dir, { recursive: true })
    if (!roomFor(db, dir)) return { ok: false, problem: 'diskFull' }
    const name = uniqueName(dir, now, reason)
    partial = join(dir, name + PARTIAL_SUFFIX)
    await db.backup(partial, { progress: () => ALL_PAGES })
    const copy = new Database(partial)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    if (!checkDatabaseFile(partial).ok) {
      removeFile(partial)
      return { ok: false, problem: 'failedCheck' }
    }
    renameSync(partial, join(dir, name))
    partial = null
    const backup = listBackups(dataDir).find((entry) => entry.name === name)
    if (!backup) return { ok: false, problem: 'failed' }
    return { ok: true, backup, pruned: prune(dataDir, now, options) }
  } catch (error) {
    if (partial) removeFile(partial)
    return { ok: false, problem: storeFailureOf(error) === 'diskFull' ? 'diskFull' : 'failed', error }
  }
}

function roomFor(db: Database.Database, dir: string): boolean {
  const pages = db.pragma('page_count', { simple: true }) as number
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const stats = statfsSync(dir)
  return stats.bavail * stats.bsize >= pages * pageSize + BACKUP_HEADROOM_BYTES
}

/** Two backups in the same millisecond (a quick "back up now" twice) get distinct names. */
function uniqueName(dir: string, now: Date, reason: BackupReason): string {
  let time = now.getTime()
  while (existsSync(join(dir, backupName(new Date(time), reason)))) time++
  return backupName(new Date(time), reason)
}

/** Deletes what retention lets go, and leftovers of backups interrupted by a crash. */
function prune(dataDir: string, now: Date, options: BackupOptions): string[] {
  const dir = backupsDir(dataDir)
  for (const name of readdirSync(dir)) {
    if (name.endsWith(PARTIAL_SUFFIX) || name.includes(`.sqlite${PARTIAL_SUFFIX}-`))
      removeFile(join(dir, name))
  }
  const protect = new Set(options.protect)
  const pruned = backupsToPrune(listBackups(dataDir), now, options.retention ?? DEFAULT_RETENTION).filter(
    (name) => !protect.has(name),
  )
  for (const name of pruned) removeFile(join(dir, name))
  return pruned
}

/** Best effort: a file that cannot be removed is left for the next prune, never an error of the backup. */
function removeFile(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    try {
      rmSync(path + suffix, { force: true })
    } catch {
      // Not a plain file, or not removable now.
    }
  }
}
