import type Database from 'better-sqlite3'
import type { VersionInfo, VersionKind } from '../../../../shared/versions/version-schema'
import type { FilePlanVersions } from '../../../../shared/workshop-file/workshop-file-content'

/** A version as stored: what the list shows, and the bytes that rebuild it. */
export interface StoredVersion extends VersionInfo {
  docName: string
  delta: Uint8Array
  stateVector: Uint8Array
  digest: Uint8Array
}

/** How the facilitator is noted among a plan's writers (a member's name is never empty). */
export const FACILITATOR_WRITER = ''

/** A new version of a document: its delta against the previous one and the mark of its state. */
export interface NewVersion {
  docName: string
  kind: VersionKind
  label: string
  delta: Uint8Array
  stateVector: Uint8Array
  digest: Uint8Array
}

interface Row {
  id: number
  doc_name: string
  created_at: string
  kind: VersionKind
  label: string
  editors: string
  delta: Buffer
  state_vector: Buffer
  digest: Buffer
}

const bytes = (buffer: Uint8Array) => Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)

const infoOf = (row: Row): StoredVersion => ({
  id: row.id,
  docName: row.doc_name,
  createdAt: row.created_at,
  kind: row.kind,
  label: row.label,
  ...writersOf(JSON.parse(row.editors) as string[]),
  bytes: row.delta.byteLength + row.state_vector.byteLength + row.digest.byteLength,
  delta: new Uint8Array(row.delta),
  stateVector: new Uint8Array(row.state_vector),
  digest: new Uint8Array(row.digest),
})

const writersOf = (names: string[]) => ({
  editors: names.filter((name) => name !== FACILITATOR_WRITER),
  facilitatorEdited: names.includes(FACILITATOR_WRITER),
})

/**
 * The versions of the plans (migration 009) and who wrote to each plan since its last version. A version
 * takes the writers' names and clears them in the same transaction, so a name is never lost between two
 * versions nor counted in both.
 */
export class PlanVersionRepository {
  private readonly listStatement
  private readonly upToStatement
  private readonly lastStatement
  private readonly insertStatement
  private readonly writersStatement
  private readonly clearWriters
  private readonly addWriter

  constructor(private readonly db: Database.Database) {
    this.listStatement = db.prepare('SELECT * FROM plan_versions WHERE doc_name = ? ORDER BY id DESC')
    this.upToStatement = db.prepare('SELECT * FROM plan_versions WHERE doc_name = ? AND id <= ? ORDER BY id')
    this.lastStatement = db.prepare('SELECT * FROM plan_versions WHERE doc_name = ? ORDER BY id DESC LIMIT 1')
    this.insertStatement = db.prepare(`INSERT INTO plan_versions (doc_name, created_at, kind, label,
      editors, delta, state_vector, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    this.writersStatement = db
      .prepare('SELECT name FROM plan_version_writers WHERE doc_name = ? ORDER BY rowid')
      .pluck()
    this.clearWriters = db.prepare('DELETE FROM plan_version_writers WHERE doc_name = ?')
    this.addWriter = db.prepare('INSERT OR IGNORE INTO plan_version_writers (doc_name, name) VALUES (?, ?)')
  }

  /** A document's versions, newest first. */
  list(docName: string): StoredVersion[] {
    return (this.listStatement.all(docName) as Row[]).map(infoOf)
  }

  last(docName: string): StoredVersion | null {
    const row = this.lastStatement.get(docName) as Row | undefined
    return row ? infoOf(row) : null
  }

  /** The chain that rebuilds version `id`: every version of its document up to it, oldest first. */
  chain(docName: string, id: number): StoredVersion[] {
    return (this.upToStatement.all(docName, id) as Row[]).map(infoOf)
  }

  /** Notes who wrote to the document since its last version (once per name; the facilitator as ''). */
  noteWriter(docName: string, name: string): void {
    this.addWriter.run(docName, name)
  }

  /** A workshop's versions and pending writers, oldest first, for a workshop file (`keep` picks the plans). */
  ofWorkshop(workshopId: string, keep: (docName: string) => boolean): FilePlanVersions {
    const like = `plan/${workshopId.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`
    const versions = this.db
      .prepare(`SELECT * FROM plan_versions WHERE doc_name LIKE ? ESCAPE '\\' ORDER BY id`)
      .all(like) as Row[]
    const writers = this.db
      .prepare(
        `SELECT doc_name, name FROM plan_version_writers WHERE doc_name LIKE ? ESCAPE '\\' ORDER BY rowid`,
      )
      .all(like) as { doc_name: string; name: string }[]
    return {
      versions: versions
        .filter((row) => keep(row.doc_name))
        .map((row) => ({
          docName: row.doc_name,
          createdAt: row.created_at,
          kind: row.kind,
          label: row.label,
          writers: JSON.parse(row.editors) as string[],
          delta: new Uint8Array(row.delta),
          stateVector: new Uint8Array(row.state_vector),
          digest: new Uint8Array(row.digest),
        })),
      writers: writers
        .filter((row) => keep(row.doc_name))
        .map((row) => ({ docName: row.doc_name, name: row.name })),
    }
  }

  /** Stores a workshop file's versions in their order (inside the import's transaction). */
  insertFromFile(content: FilePlanVersions): void {
    for (const row of content.versions) {
      this.insertStatement.run(
        row.docName,
        row.createdAt,
        row.kind,
        row.label,
        JSON.stringify(row.writers),
        bytes(row.delta),
        bytes(row.stateVector),
        bytes(row.digest),
      )
    }
    for (const row of content.writers) this.addWriter.run(row.docName, row.name)
  }

  /** Whether a document has versions here (an import must not add to another plan's chain). */
  has(docName: string): boolean {
    return this.lastStatement.get(docName) !== undefined
  }

  /** Stores a version with the writers noted since the last one, and clears them; returns it. */
  add(version: NewVersion, now = new Date()): StoredVersion {
    return this.db
      .transaction(() => {
        const editors = this.writersStatement.all(version.docName) as string[]
        const { lastInsertRowid } = this.insertStatement.run(
          version.docName,
          now.toISOString(),
          version.kind,
          version.label,
          JSON.stringify(editors),
          bytes(version.delta),
          bytes(version.stateVector),
          bytes(version.digest),
        )
        this.clearWriters.run(version.docName)
        return infoOf(
          this.db.prepare('SELECT * FROM plan_versions WHERE id = ?').get(Number(lastInsertRowid)) as Row,
        )
      })
      .immediate()
  }
}
