import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/hub/store/migrate'
import { MIGRATIONS } from '../../../electron/hub/store/migrations/migration-list'
import { DATABASE_FILE_NAME, openDatabase } from '../../../electron/hub/store/open-database'
import { StoreRefusedError } from '../../../electron/hub/store/store-errors'
import { makeTempDir } from '../../support/temp-dir'

describe('database migrations', () => {
  let dir: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => dir.remove())

  it('opens a new data folder durably: WAL, synchronous=FULL, foreign keys on, every migration recorded', () => {
    const db = openDatabase(dir.path)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version))
    db.close()
  })

  it('is idempotent: reopening applies nothing twice', () => {
    openDatabase(dir.path).close()
    const db = openDatabase(dir.path)
    expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length)
    db.close()
  })

  it('refuses a database written by a newer app version, and leaves it untouched', () => {
    openDatabase(dir.path).close()
    const raw = new Database(join(dir.path, DATABASE_FILE_NAME))
    raw
      .prepare("INSERT INTO schema_migrations VALUES (?, 'from-the-future', '2030-01-01')")
      .run(MIGRATIONS.length + 1)
    raw.close()

    const error = (() => {
      try {
        openDatabase(dir.path)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(StoreRefusedError)
    expect((error as StoreRefusedError).key).toBe('store.tooNew')
    expect((error as StoreRefusedError).params).toEqual({
      found: MIGRATIONS.length + 1,
      known: MIGRATIONS.length,
    })

    const after = new Database(join(dir.path, DATABASE_FILE_NAME))
    expect(after.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length + 1)
    after.close()
  })

  it('refuses a database whose applied migrations are not ours', () => {
    const db = new Database(join(dir.path, DATABASE_FILE_NAME))
    migrate(db, [{ version: 1, name: 'someone-elses-schema', sql: 'CREATE TABLE t (x)' }])
    db.close()
    expect(() => openDatabase(dir.path)).toThrow(expect.objectContaining({ key: 'store.foreign' }))
  })

  it('rolls back a failing migration completely', () => {
    const db = new Database(':memory:')
    const broken = [
      { version: 1, name: 'ok', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1)' },
    ]
    expect(() => migrate(db, broken)).toThrow()
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all()
    expect(tables).toEqual(['a', 'schema_migrations'])
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1])
    db.close()
  })
})
