import type Database from 'better-sqlite3'

/** Records a person's edit of a document (parameters: name, ISO time); shared with the update writer's worker. */
export const MARK_EDITED_SQL =
  'INSERT INTO live_doc_edits (name, edited_at) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET edited_at = excluded.edited_at'

export interface StoredLiveDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/** Something stored that the hub set aside instead of loading it, and why. */
export interface SetAside {
  kind: 'update' | 'snapshot'
  data: Uint8Array
  reason: string
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
  private readonly markEdited
  private readonly editedAtStatement
  private readonly quarantineStatement
  private readonly quarantinedStatement

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
    this.markEdited = db.prepare(MARK_EDITED_SQL)
    this.editedAtStatement = db.prepare('SELECT edited_at FROM live_doc_edits WHERE name = ?').pluck()
    this.quarantineStatement = db.prepare(
      'INSERT INTO live_doc_quarantine (doc_name, kind, data, reason, set_aside_at) VALUES (?, ?, ?, ?, ?)',
    )
    this.quarantinedStatement = db.prepare(
      'SELECT kind, data, reason FROM live_doc_quarantine WHERE doc_name = ? ORDER BY id',
    )
  }

  load(name: string): StoredLiveDoc {
    const snapshot = this.snapshotStatement.get(name) as Buffer | undefined
    const updates = this.updatesStatement.all(name) as Buffer[]
    return {
      snapshot: snapshot ? new Uint8Array(snapshot) : null,
      updates: updates.map((u) => new Uint8Array(u)),
    }
  }

  /**
   * Appends many updates (of any documents) in one transaction, one disk flush for all of them, and
   * stamps the documents that `edit` entries changed with the commit's time.
   */
  appendAll(entries: readonly { name: string; update: Uint8Array; edit: boolean }[]): void {
    const now = new Date().toISOString()
    this.db
      .transaction(() => {
        for (const { name, update } of entries) {
          this.appendStatement.run(
            name,
            Buffer.from(update.buffer, update.byteOffset, update.byteLength),
            now,
          )
        }
        for (const name of new Set(entries.filter((entry) => entry.edit).map((entry) => entry.name))) {
          this.markEdited.run(name, now)
        }
      })
      .immediate()
  }

  /** When a person last changed the document (ISO time, as committed); null when nobody has. */
  editedAt(name: string): string | null {
    return (this.editedAtStatement.get(name) as string | undefined) ?? null
  }

  pendingUpdates(name: string): number {
    return this.countStatement.get(name) as number
  }

  /**
   * Replaces a document that failed its check on loading with its rebuilt state, and keeps what was set
   * aside in the quarantine, in one transaction: a crash leaves either the stored state or the rebuilt
   * one with its quarantine, never a log that would fail again without its evidence.
   */
  setAside(name: string, rebuilt: Uint8Array, setAside: readonly SetAside[]): void {
    const now = new Date().toISOString()
    this.db
      .transaction(() => {
        for (const entry of setAside) {
          this.quarantineStatement.run(name, entry.kind, Buffer.from(entry.data), entry.reason, now)
        }
        const last = this.lastUpdateId.get(name) as number | null
        this.upsertSnapshot.run(name, Buffer.from(rebuilt), now)
        if (last !== null) this.dropUpdatesUpTo.run(name, last)
      })
      .immediate()
  }

  /** What was set aside from a document, oldest first. */
  quarantined(name: string): SetAside[] {
    return (
      this.quarantinedStatement.all(name) as { kind: SetAside['kind']; data: Buffer; reason: string }[]
    ).map((row) => ({ kind: row.kind, data: new Uint8Array(row.data), reason: row.reason }))
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
