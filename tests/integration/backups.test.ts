import Database from 'better-sqlite3'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupsDir, listBackups, PARTIAL_SUFFIX } from '../../electron/hub/store/backup/backup-folder'
import { takeBackup } from '../../electron/hub/store/backup/take-backup'
import { migrate } from '../../electron/hub/store/migrate'
import { MIGRATIONS } from '../../electron/hub/store/migrations/migration-list'
import { databasePath, openDatabase } from '../../electron/hub/store/open-database'
import { BackupError } from '../../electron/hub/store/store-errors'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { backupName } from '../../shared/backups/backup-schema'
import { planDocName } from '../../shared/live/doc-names'
import { addSwotCard } from '../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../shared/live/plan-doc'
import { integrityOf, liveDocIn, openBackup } from '../support/backup-reader'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, type LiveClient } from '../support/live-client'
import { setUpWorkshop } from '../support/live-fixture'
import { makeTempDir } from '../support/temp-dir'

const DAY = 24 * 3600_000

/** A data folder as an older version left it: only the first three migrations applied. */
function olderVersionsFolder(): ReturnType<typeof makeTempDir> {
  const dir = makeTempDir()
  const old = new Database(databasePath(dir.path))
  migrate(old, MIGRATIONS.slice(0, 3))
  old.close()
  return dir
}

describe('backups of the whole database', () => {
  let t: TestHub | undefined
  const clients: LiveClient[] = []
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy())
    await t?.stop()
    t = undefined
  })

  it('takes one at start, and one taken while a device types passes integrity_check and holds every saved edit', async () => {
    t = await startTestHub()
    const f = await setUpWorkshop(t)
    const docName = planDocName(f.workshopId, f.lueyang.id)
    const device = connectLive(t.hub.url, docName, f.facilitatorToken)
    clients.push(device)
    await device.synced
    expect(listBackups(t.dataDir).map((backup) => backup.reason)).toContain('start')

    let typing = true
    let typed = 0
    const typist = (async () => {
      while (typing) {
        addSwotCard(device.doc, 'strengths', `card ${typed++}`)
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()
    const taken: ApiResponse<'createBackup'>[] = []
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 150))
      const response = await t.request<ApiResponse<'createBackup'>>('POST', API_ROUTES.backups)
      expect(response.status).toBe(201)
      taken.push(response.body)
    }
    typing = false
    await typist
    await device.saved()
    const final = await t.request<ApiResponse<'createBackup'>>('POST', API_ROUTES.backups)

    for (const backup of [...taken, final.body]) {
      expect(backup).toMatchObject({ reason: 'manual', checked: true })
      const db = openBackup(t.dataDir, backup.name)
      expect(integrityOf(db)).toBe('ok')
      db.close()
    }
    const db = openBackup(t.dataDir, final.body.name)
    const cards = readPlan(liveDocIn(db, docName)).swot.map((card) => card.text)
    db.close()
    expect(typed).toBeGreaterThan(20)
    expect(cards).toHaveLength(typed)
  })

  it('lists the backups newest first with their time, reason, size and check', async () => {
    t = await startTestHub()
    await t.request('POST', API_ROUTES.backups)
    const list = await t.request<ApiResponse<'listBackups'>>('GET', API_ROUTES.backups)
    expect(list.body.map((backup) => backup.reason)).toEqual(['manual', 'start'])
    expect(list.body[0]!.sizeBytes).toBeGreaterThan(4096)
    expect(list.body[0]!.createdAt >= list.body[1]!.createdAt).toBe(true)
  })

  it('takes a backup of the old database before the first pending migration runs', async () => {
    const dir = olderVersionsFolder()
    try {
      t = await startTestHub({ dataDir: dir.path })
      const migration = listBackups(dir.path).find((backup) => backup.reason === 'migration')
      expect(migration).toBeDefined()
      const db = openBackup(dir.path, migration!.name)
      expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(3)
      db.close()
    } finally {
      await t?.hub.close()
      t = undefined
      dir.remove()
    }
  })

  it('does not migrate a database it could not back up first, and says why', async () => {
    const dir = olderVersionsFolder()
    try {
      // A file where the backups folder should be: the backup cannot be written.
      writeFileSync(backupsDir(dir.path), 'not a folder')
      const error = await startTestHub({ dataDir: dir.path }).then(
        () => null,
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(BackupError)
      expect(error).toMatchObject({ stage: 'migration' })
      const db = new Database(databasePath(dir.path), { readonly: true })
      expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(3)
      db.close()
    } finally {
      dir.remove()
    }
  })
})

describe('backup retention on disk', () => {
  it('a failed backup prunes nothing; the next good one prunes what retention lets go', async () => {
    const dir = makeTempDir()
    const db = openDatabase(dir.path)
    try {
      const start = Date.parse('2018-03-01T12:00:00.000Z')
      for (let day = 0; day < 10; day++) {
        const outcome = await takeBackup(db, dir.path, 'interval', { now: new Date(start + day * DAY) })
        expect(outcome.ok).toBe(true)
      }
      const before = listBackups(dir.path).map((backup) => backup.name)
      expect(before).toHaveLength(10)

      // Something in the way of the new backup's file: it fails, and no older backup may go.
      const failingAt = new Date(start + 10 * DAY)
      mkdirSync(join(backupsDir(dir.path), backupName(failingAt, 'interval') + PARTIAL_SUFFIX))
      const failed = await takeBackup(db, dir.path, 'interval', { now: failingAt })
      expect(failed).toMatchObject({ ok: false, problem: 'failed' })
      expect(listBackups(dir.path).map((backup) => backup.name)).toEqual(before)

      const next = await takeBackup(db, dir.path, 'interval', { now: new Date(start + 11 * DAY) })
      expect(next).toMatchObject({ ok: true, pruned: [before.at(-1)] })
      expect(listBackups(dir.path)).toHaveLength(10)
    } finally {
      db.close()
      dir.remove()
    }
  })
})
