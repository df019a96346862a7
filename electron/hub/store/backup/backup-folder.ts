import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseBackupName, type BackupInfo } from '../../../../shared/backups/backup-schema'

/** Where a data folder keeps its backups. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

/** Written first, renamed to its final name only once it passed its check. */
export const PARTIAL_SUFFIX = '.partial'

/** The backups of a data folder, newest first; files that are not backups (or not finished) are ignored. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const backups: BackupInfo[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    try {
      const stat = statSync(join(dir, name))
      if (!stat.isFile()) continue
      backups.push({ name, ...parsed, sizeBytes: stat.size, checked: true })
    } catch {
      // Deleted while listing (pruned by a backup that just finished).
    }
  }
  return backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}
