import Database from 'better-sqlite3'
import { storeFailureOf } from '../store-failure'

export type CheckVerdict = { ok: true } | { ok: false; problem: 'notDatabase' | 'failedCheck' | 'cannotOpen' }

/**
 * Opens a database file read-only and runs SQLite's quick_check (page structure, records, free lists).
 * A read-only connection never writes the file nor folds its WAL into it, so a damaged file stays exactly
 * as it was for the quarantine.
 */
export function checkDatabaseFile(path: string): CheckVerdict {
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
  } catch (error) {
    return { ok: false, problem: problemOf(error) }
  }
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[]
    return rows.length === 1 && rows[0]?.quick_check === 'ok'
      ? { ok: true }
      : { ok: false, problem: 'failedCheck' }
  } catch (error) {
    return { ok: false, problem: problemOf(error) }
  } finally {
    db.close()
  }
}

function problemOf(error: unknown): 'notDatabase' | 'failedCheck' | 'cannotOpen' {
  if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') return 'notDatabase'
  return storeFailureOf(error) === 'damaged' ? 'failedCheck' : 'cannotOpen'
}
