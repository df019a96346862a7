import type Database from 'better-sqlite3'
import { MIGRATIONS, type Migration } from './migrations/migration-list'
import { StoreRefusedError } from './store-errors'

interface AppliedRow {
  version: number
  name: string
}

/**
 * The migrations this build would still apply, without writing anything (so it also reads a backup
 * opened read-only). The applied list must be a prefix of the known list: a longer list means a newer
 * app wrote it, a different one means it is not ours. Either way it throws and nothing is touched.
 */
export function pendingMigrations(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): readonly Migration[] {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get()
  const applied = hasTable
    ? (db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedRow[])
    : []

  if (applied.length > migrations.length) {
    throw new StoreRefusedError('store.tooNew', {
      found: applied.at(-1)?.version ?? applied.length,
      known: migrations.length,
    })
  }
  applied.forEach((row, index) => {
    const known = migrations[index]
    if (!known || known.version !== row.version || known.name !== row.name) {
      throw new StoreRefusedError('store.foreign')
    }
  })
  return migrations.slice(applied.length)
}

/** Brings the database up to the newest schema this build knows (refusing as `pendingMigrations` does). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const pending = pendingMigrations(db, migrations)
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of pending) {
    // Each migration and its record commit together, so a crash never leaves a half-applied schema.
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    })()
  }
  return migrations.length
}
