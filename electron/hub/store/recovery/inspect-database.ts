import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import type { DamageKind } from '../../../../shared/backups/backup-schema'
import { checkDatabaseFile } from '../backup/database-check'

export type Inspection =
  | { kind: 'absent' }
  | { kind: 'healthy' }
  /** `putBackShm` returns the -shm file to the bytes it had before the check (or removes one the check created). */
  | { kind: 'damaged'; problem: DamageKind; putBackShm(): void }

/**
 * Looks at the data folder's database without changing it: an empty (0-byte) file where a database was
 * expected, a file that is not a database, one that fails quick_check or cannot be opened. Only a
 * read-only connection touches it, and the one file such a connection may write (the -shm index) is
 * kept as it was, so a damaged database can be set aside byte-for-byte.
 */
export function inspectDatabase(path: string): Inspection {
  if (!existsSync(path))
    return existsSync(`${path}-wal`) ? damaged('empty', () => undefined) : { kind: 'absent' }
  const stat = statSync(path)
  if (!stat.isFile()) return damaged('cannotOpen', () => undefined)
  if (stat.size === 0) return damaged('empty', () => undefined)
  const shmPath = `${path}-shm`
  const shm = existsSync(shmPath) ? readFileSync(shmPath) : null
  const verdict = checkDatabaseFile(path)
  if (verdict.ok) return { kind: 'healthy' }
  return damaged(verdict.problem, () => {
    if (shm) writeFileSync(shmPath, shm)
    else rmSync(shmPath, { force: true })
  })
}

function damaged(problem: DamageKind, putBackShm: () => void): Inspection {
  return { kind: 'damaged', problem, putBackShm }
}
