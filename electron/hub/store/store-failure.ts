/**
 * What a failed write or read says about the database's home, so each write path can react in words:
 * - diskFull: no space left (SQLite's SQLITE_FULL, the OS's ENOSPC or a quota); wait and try again;
 * - damaged: the file is not a sound database (SQLITE_CORRUPT, SQLITE_NOTADB); stop writing to it;
 * - readOnly: the folder or file cannot be written (a read-only drive, permissions).
 * Anything else is null: an ordinary error.
 */
export type StoreFailure = 'diskFull' | 'damaged' | 'readOnly'

export function storeFailureOf(error: unknown): StoreFailure | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'diskFull'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged'
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return 'readOnly'
  return null
}
