import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { migrate } from './migrate'

export const DATABASE_FILE_NAME = 'plan-workshop.sqlite'

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME)
}

/**
 * A connection to a database file, durable on power loss: WAL with synchronous=FULL means a
 * transaction that returned is on disk. The schema is left as it is (see migrate).
 */
export function openConnection(path: string): Database.Database {
  const db = new Database(path)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Opens (creating if needed) the one database of a data folder, brought to the newest schema. */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true })
  const db = openConnection(databasePath(dataDir))
  try {
    migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
