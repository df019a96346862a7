import Database from 'better-sqlite3'
import { join } from 'node:path'
import * as Y from 'yjs'
import { backupsDir } from '../../electron/hub/store/backup/backup-folder'
import { LiveDocRepository } from '../../electron/hub/store/repositories/live-doc-repository'

/** Opens a backup read-only, as a restore would see it. */
export function openBackup(dataDir: string, name: string): Database.Database {
  return new Database(join(backupsDir(dataDir), name), { readonly: true, fileMustExist: true })
}

export function integrityOf(db: Database.Database): string {
  return (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .join('; ')
}

/** A live document as a database (a backup) holds it: its snapshot with its logged updates applied. */
export function liveDocIn(db: Database.Database, name: string): Y.Doc {
  const stored = new LiveDocRepository(db).load(name)
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  return doc
}
