import type Database from 'better-sqlite3'
import type { GroupMember } from '../../../../shared/group/group-schema'
import type {
  FileDotBallot,
  FileLiveDoc,
  FileResource,
  WorkshopFileContent,
} from '../../../../shared/workshop-file/workshop-file-content'
import { MARK_EDITED_SQL } from './live-doc-repository'
import { FollowUpRepository } from './follow-up-repository'
import { PlanVersionRepository } from './plan-version-repository'
import { PovertyLineRepository } from './poverty-line-repository'

/** A live document as stored: its compacted snapshot (may be absent) and its log since then. */
export interface StoredDocRow {
  name: string
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  updatedAt: string | null
  editedAt: string | null
}

const bytes = (buffer: Uint8Array) => Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)

/**
 * What a workshop file needs from the database beyond the other repositories' reads (resource
 * positions, correction times, raw live documents), and the import: every row of one workshop inserted
 * in one transaction with its own ids and times, so a file either lands whole or not at all.
 */
export class WorkshopFileRepository {
  private readonly resourceRows
  private readonly correctionRow
  private readonly docNames
  private readonly snapshotRow
  private readonly updateRows
  private readonly editedAt
  private readonly idTaken
  private readonly ballotRows

  constructor(private readonly db: Database.Database) {
    this.resourceRows = db.prepare('SELECT * FROM resources WHERE workshop_id = ? ORDER BY position, id')
    this.correctionRow = db.prepare(
      'SELECT participants, updated_at FROM county_participants WHERE county_id = ?',
    )
    // Documents with a snapshot or logged updates, whichever the name appears in.
    this.docNames = db
      .prepare(
        `SELECT name FROM live_docs WHERE name = ? OR name LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
         UNION SELECT doc_name FROM live_doc_updates
           WHERE doc_name = ? OR doc_name LIKE ? ESCAPE '\\' OR doc_name LIKE ? ESCAPE '\\'
         ORDER BY 1`,
      )
      .pluck()
    this.snapshotRow = db.prepare('SELECT snapshot, updated_at FROM live_docs WHERE name = ?')
    this.updateRows = db.prepare(
      'SELECT data, created_at FROM live_doc_updates WHERE doc_name = ? ORDER BY id',
    )
    this.ballotRows = db.prepare(
      'SELECT county_id, voter, card_id, dots, updated_at FROM dot_ballots WHERE workshop_id = ? ORDER BY county_id, voter, card_id',
    )
    this.editedAt = db.prepare('SELECT edited_at FROM live_doc_edits WHERE name = ?').pluck()
    this.idTaken = db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM workshops WHERE id = @id) OR EXISTS (SELECT 1 FROM counties WHERE id = @id)
         OR EXISTS (SELECT 1 FROM groups WHERE id = @id) OR EXISTS (SELECT 1 FROM agenda_days WHERE id = @id)
         OR EXISTS (SELECT 1 FROM agenda_sessions WHERE id = @id) OR EXISTS (SELECT 1 FROM agenda_items WHERE id = @id)`,
      )
      .pluck()
  }

  resources(workshopId: string): FileResource[] {
    return (this.resourceRows.all(workshopId) as Record<string, string | number>[]).map((row) => ({
      id: row.id as string,
      position: row.position as number,
      kind: row.kind as FileResource['kind'],
      title: JSON.parse(row.title as string),
      provider: JSON.parse(row.provider as string),
      description: JSON.parse(row.description as string),
    }))
  }

  correction(countyId: string): { participants: GroupMember[]; updatedAt: string } | null {
    const row = this.correctionRow.get(countyId) as { participants: string; updated_at: string } | undefined
    return row ? { participants: JSON.parse(row.participants), updatedAt: row.updated_at } : null
  }

  /**
   * The workshop's stored live documents: its session, its plans and the comments on them (deleted
   * counties' included).
   */
  liveDocs(workshopId: string): StoredDocRow[] {
    const like = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const session = `session/${workshopId}`
    const named = [session, like(`plan/${workshopId}/`), like(`comments/${workshopId}/`)]
    const names = this.docNames.all(...named, ...named)
    return (names as string[]).map((name) => {
      const snapshot = this.snapshotRow.get(name) as { snapshot: Buffer; updated_at: string } | undefined
      const updates = this.updateRows.all(name) as { data: Buffer; created_at: string }[]
      return {
        name,
        snapshot: snapshot ? new Uint8Array(snapshot.snapshot) : null,
        updates: updates.map((update) => new Uint8Array(update.data)),
        updatedAt: snapshot?.updated_at ?? updates.at(-1)?.created_at ?? null,
        editedAt: (this.editedAt.get(name) as string | undefined) ?? null,
      }
    })
  }

  /** The dot vote's ballots of the workshop, as stored (voters are the hub's opaque keys). */
  dotBallots(workshopId: string): FileDotBallot[] {
    type Row = { county_id: string; voter: string; card_id: string; dots: number; updated_at: string }
    return (this.ballotRows.all(workshopId) as Row[]).map((row) => ({
      countyId: row.county_id,
      voter: row.voter,
      cardId: row.card_id,
      dots: row.dots,
      updatedAt: row.updated_at,
    }))
  }

  /** Whether any of the file's ids or document names is in use here (ids are keys across workshops). */
  anyTaken(content: WorkshopFileContent): boolean {
    const ids = [
      content.workshop.id,
      ...content.counties.map((county) => county.id),
      ...content.groups.map((group) => group.id),
      ...content.agenda.days.flatMap((day) => [
        day.id,
        ...day.sessions.flatMap((session) => [session.id, ...session.items.map((item) => item.id)]),
      ]),
    ]
    if (ids.some((id) => this.idTaken.get({ id }) === 1)) return true
    const followUp = new FollowUpRepository(this.db)
    if (content.followUp.rounds.some((round) => followUp.has(round.id))) return true
    const docTaken = this.db.prepare(
      'SELECT EXISTS (SELECT 1 FROM live_docs WHERE name = ?) OR EXISTS (SELECT 1 FROM live_doc_updates WHERE doc_name = ?)',
    )
    const versions = new PlanVersionRepository(this.db)
    return (
      content.liveDocs.some((doc) => docTaken.pluck().get(doc.name, doc.name) === 1) ||
      content.planVersions.versions.some((version) => versions.has(version.docName))
    )
  }

  /**
   * Inserts the whole workshop in one transaction (IMMEDIATE: the update writer's connection cannot
   * interleave). `participants` are the lists to store per county (null: no correction).
   */
  insert(
    content: WorkshopFileContent,
    participants: ReadonlyMap<string, { list: GroupMember[]; updatedAt: string }>,
  ): void {
    const { db } = this
    const { workshop } = content
    db.transaction(() => {
      db.prepare(
        `INSERT INTO workshops (id, title, title_en, venue, venue_en, start_date, end_date, language,
        facilitator, created_at, updated_at) VALUES (@id, @title, @titleEn, @venue, @venueEn, @startDate,
        @endDate, @language, @facilitator, @createdAt, @updatedAt)`,
      ).run(workshop)
      const county = db.prepare(`INSERT INTO counties (id, workshop_id, position, name, name_en, province,
        province_en, prefecture, prefecture_en, population, poor_villages, registered_poor_households,
        registered_poor_people, baseline_year, remaining_poor_people, remaining_poor_year, poverty_incidence,
        signature_products, notes, notes_en, sources, updated_at) VALUES (@id, @workshopId, @position, @name,
        @nameEn, @province, @provinceEn, @prefecture, @prefectureEn, @population, @poorVillages,
        @registeredPoorHouseholds, @registeredPoorPeople, @baselineYear, @remainingPoorPeople,
        @remainingPoorYear, @povertyIncidence, @signatureProducts, @notes, @notesEn, @sources, @updatedAt)`)
      for (const row of content.counties) {
        county.run({
          ...row,
          signatureProducts: JSON.stringify(row.signatureProducts),
          sources: JSON.stringify(row.sources),
        })
      }
      const group = db.prepare(`INSERT INTO groups (id, workshop_id, county_id, name, members, updated_at)
        VALUES (@id, @workshopId, @countyId, @name, @members, @updatedAt)`)
      for (const row of content.groups) group.run({ ...row, members: JSON.stringify(row.members) })

      const day = db.prepare('INSERT INTO agenda_days (id, workshop_id, position, title) VALUES (?, ?, ?, ?)')
      const session = db.prepare(
        'INSERT INTO agenda_sessions (id, day_id, position, title, start_time) VALUES (?, ?, ?, ?, ?)',
      )
      const item = db.prepare(
        'INSERT INTO agenda_items (id, session_id, position, kind, title, planned_minutes) VALUES (?, ?, ?, ?, ?, ?)',
      )
      content.agenda.days.forEach((d, dayIndex) => {
        day.run(d.id, workshop.id, dayIndex, d.title)
        d.sessions.forEach((s, sessionIndex) => {
          session.run(s.id, d.id, sessionIndex, s.title, s.startTime)
          s.items.forEach((i, itemIndex) =>
            item.run(i.id, s.id, itemIndex, i.kind, i.title, i.plannedMinutes),
          )
        })
      })

      new PovertyLineRepository(db).replace(workshop.id, content.povertyLines)
      const resource = db.prepare(`INSERT INTO resources (workshop_id, id, position, kind, title, provider,
        description) VALUES (?, ?, ?, ?, ?, ?, ?)`)
      for (const row of content.resources) {
        resource.run(
          workshop.id,
          row.id,
          row.position,
          row.kind,
          JSON.stringify(row.title),
          JSON.stringify(row.provider),
          JSON.stringify(row.description),
        )
      }
      const correction = db.prepare(
        'INSERT INTO county_participants (county_id, participants, updated_at) VALUES (?, ?, ?)',
      )
      for (const [countyId, { list, updatedAt }] of participants) {
        correction.run(countyId, JSON.stringify(list), updatedAt)
      }
      const ballot = db.prepare(`INSERT INTO dot_ballots (workshop_id, county_id, voter, card_id, dots,
        updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
      for (const row of content.dotBallots) {
        ballot.run(workshop.id, row.countyId, row.voter, row.cardId, row.dots, row.updatedAt)
      }
      this.insertLiveDocs(content.liveDocs)
      new PlanVersionRepository(db).insertFromFile(content.planVersions)
      const followUp = new FollowUpRepository(db)
      for (const round of content.followUp.rounds)
        followUp.create(workshop.id, round.id, round, round.createdAt)
      for (const report of content.followUp.reports) followUp.putReport(report)
    }).immediate()
  }

  private insertLiveDocs(docs: readonly FileLiveDoc[]): void {
    const snapshot = this.db.prepare('INSERT INTO live_docs (name, snapshot, updated_at) VALUES (?, ?, ?)')
    const edited = this.db.prepare(MARK_EDITED_SQL)
    for (const doc of docs) {
      snapshot.run(doc.name, bytes(doc.state), doc.updatedAt)
      if (doc.editedAt !== null) edited.run(doc.name, doc.editedAt)
    }
  }
}
