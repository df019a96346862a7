import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/hub/store/migrate'
import { MIGRATIONS } from '../../../electron/hub/store/migrations/migration-list'
import { LiveDocRepository } from '../../../electron/hub/store/repositories/live-doc-repository'
import { makeTempDir } from '../../support/temp-dir'

describe("live documents' edit times", () => {
  let dir: ReturnType<typeof makeTempDir>
  let db: Database.Database
  beforeEach(() => {
    dir = makeTempDir()
    db = new Database(join(dir.path, 'test.sqlite'))
  })
  afterEach(() => {
    db.close()
    dir.remove()
  })

  it('stamps only the documents a person changed, with the commit time', () => {
    migrate(db)
    const docs = new LiveDocRepository(db)
    docs.appendAll([
      { name: 'plan/a', update: new Uint8Array([1]), edit: false },
      { name: 'plan/b', update: new Uint8Array([2]), edit: true },
    ])
    expect(docs.editedAt('plan/a')).toBeNull()
    const first = docs.editedAt('plan/b')
    expect(first).not.toBeNull()
    docs.appendAll([{ name: 'plan/b', update: new Uint8Array([3]), edit: true }])
    expect(docs.editedAt('plan/b')! >= first!).toBe(true)
  })

  it('takes the latest stored time of documents edited before edit times were kept', () => {
    const before = MIGRATIONS.findIndex((migration) => migration.name === 'live-doc-edit-times')
    migrate(db, MIGRATIONS.slice(0, before))
    db.prepare("INSERT INTO live_docs VALUES ('plan/a', x'00', '2018-03-01T09:00:00.000Z')").run()
    db.prepare("INSERT INTO live_docs VALUES ('plan/b', x'00', '2018-03-01T09:00:00.000Z')").run()
    db.prepare(
      "INSERT INTO live_doc_updates (doc_name, data, created_at) VALUES ('plan/b', x'00', '2018-03-01T10:30:00.000Z')",
    ).run()
    migrate(db)
    const docs = new LiveDocRepository(db)
    expect(docs.editedAt('plan/a')).toBe('2018-03-01T09:00:00.000Z')
    expect(docs.editedAt('plan/b')).toBe('2018-03-01T10:30:00.000Z')
    expect(docs.editedAt('plan/c')).toBeNull()
  })
})
