import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import type { DamageKind } from '../../../../shared/backups/backup-schema'
import { checkDatabaseFile } from '../backup/database-check'

export type Inspection =
  | { kind: 'absent' }
  | { kind: 'healthy' }
  /** `putBack` returns the -wal/-shm files to what they were before the check (removing any it created). */
  | { kind: 'damaged'; problem: DamageKind; putBack(): void }

/**
 * Looks at the data folder's database without changing it: an empty (0-byte) file where a database was
 * expected, a file that is not a database, one that fails quick_check or cannot be opened. Only a
 * read-only connection touches it, and the files such a connection may create or rewrite (-wal, -shm)
 * are put back as they were, so a damaged database can be set aside byte-for-byte.
 */
export function inspectDatabase(path: string): Inspection {
  const walPath = `${path}-wal`
  const walBytes = existsSync(walPath) ? statSync(walPath).size : 0
  if (!existsSync(path)) return walBytes > 0 ? damaged('empty', () => undefined) : { kind: 'absent' }
  const stat = statSync(path)
  if (!stat.isFile()) return damaged('cannotOpen', () => undefined)
  // An empty file whose WAL holds pages may still be a whole database (never checkpointed): check it.
  if (stat.size === 0 && walBytes === 0) return damaged('empty', () => undefined)
  const putBack = keepSiblings(path)
  const verdict = checkDatabaseFile(path)
  if (verdict.ok) return { kind: 'healthy' }
  return damaged(verdict.problem, putBack)
}

function damaged(problem: DamageKind, putBack: () => void): Inspection {
  return { kind: 'damaged', problem, putBack }
}

/** Remembers whether the -wal and -shm files exist, and the -shm bytes; the result puts them back. */
function keepSiblings(path: string): () => void {
  const kept = ['-wal', '-shm'].map((suffix) => {
    const sibling = path + suffix
    const existed = existsSync(sibling)
    return { sibling, existed, bytes: existed && suffix === '-shm' ? readFileSync(sibling) : null }
  })
  return () => {
    for (const { sibling, existed, bytes } of kept) {
      if (!existed) rmSync(sibling, { force: true })
      else if (bytes) writeFileSync(sibling, bytes)
    }
  }
}
