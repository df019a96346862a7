import type Database from 'better-sqlite3'

export interface StoredLiveDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/**
 * Persistence of live documents: a snapshot plus an append-only log. `appendAll` commits a batch of
 * updates in one transaction (durable on return: WAL + synchronous=FULL); `compact` replaces the snapshot
 * and drops the folded log rows in one transaction, so a crash leaves either the old or the new state.
 */
export class LiveDocRepository {
  private readonly snapshotStatement
  private readonly updatesStatement
  private readonly appendStatement
  private readonly countStatement
  private readonly upsertSnapshot
  private readonly dropUpdatesUpTo
  private readonly lastUpdateId

  constructor(private readonly db: Database.Database) {
    this.snapshotStatement = db.prepare('SELECT snapshot FROM live_docs WHERE name = ?').pluck()
    this.updatesStatement = db
      .prepare('SELECT data FROM live_doc_updates WHERE doc_name = ? ORDER BY id')
      .pluck()
    this.appendStatement = db.prepare(
      'INSERT INTO live_doc_updates (doc_name, data, created_at) VALUES (?, ?, ?)',
    )
    this.countStatement = db.prepare('SELECT COUNT(*) FROM live_doc_updates WHERE doc_name = ?').pluck()
    this.upsertSnapshot = db.prepare(`INSERT INTO live_docs (name, snapshot, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(name) DO UPDATE SET snapshot = excluded.snapshot, updated_at = excluded.updated_at`)
    this.dropUpdatesUpTo = db.prepare('DELETE FROM live_doc_updates WHERE doc_name = ? AND id <= ?')
    this.lastUpdateId = db.prepare('SELECT MAX(id) FROM live_doc_updates WHERE doc_name = ?').pluck()
  }

  load(name: string): StoredLiveDoc {
    const snapshot = this.snapshotStatement.get(name) as Buffer | undefined
    const updates = this.updatesStatement.all(name) as Buffer[]
    return {
      snapshot: snapshot ? new Uint8Array(snapshot) : null,
      updates: updates.map((u) => new Uint8Array(u)),
    }
  }

  /** Appends many updates (of any documents) in one transaction: one disk flush for all of them. */
  appendAll(entries: readonly { name: string; update: Uint8Array }[]): void {
    const now = new Date().toISOString()
    this.db.transaction(() => {
      for (const { name, update } of entries) {
        this.appendStatement.run(name, Buffer.from(update.buffer, update.byteOffset, update.byteLength), now)
      }
    })()
  }

  pendingUpdates(name: string): number {
    return this.countStatement.get(name) as number
  }

  /** Folds the log into `snapshot`, which must contain every logged update (the in-memory doc's state). */
  compact(name: string, snapshot: Uint8Array): void {
    // IMMEDIATE: take the write lock before reading MAX(id), so the update writer (another connection)
    // cannot slip a row in between and have it deleted unseen.
    this.db
      .transaction(() => {
        const last = this.lastUpdateId.get(name) as number | null
        this.upsertSnapshot.run(name, Buffer.from(snapshot), new Date().toISOString())
        if (last !== null) this.dropUpdatesUpTo.run(name, last)
      })
      .immediate()
  }
}
