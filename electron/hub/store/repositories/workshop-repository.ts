import type Database from 'better-sqlite3'
import type { Agenda } from '../../../../shared/agenda/agenda-schema'
import type { PovertyLineTable } from '../../../../shared/poverty-line/poverty-line-schema'
import type { Resource } from '../../../../shared/resources/resource-schema'
import {
  workshopSchema,
  workshopSummarySchema,
  type Workshop,
  type WorkshopDetails,
  type WorkshopSummary,
} from '../../../../shared/workshop/workshop-schema'
import type { AgendaRepository } from './agenda-repository'
import type { PovertyLineRepository } from './poverty-line-repository'
import type { ResourceRepository } from './resource-repository'

interface WorkshopRow {
  id: string
  title: string
  title_en: string
  venue: string
  venue_en: string
  start_date: string
  end_date: string
  language: string
  facilitator: string
  created_at: string
  updated_at: string
}

function fromRow(row: WorkshopRow): Workshop {
  return workshopSchema.parse({
    id: row.id,
    title: row.title,
    titleEn: row.title_en,
    venue: row.venue,
    venueEn: row.venue_en,
    startDate: row.start_date,
    endDate: row.end_date,
    language: row.language,
    facilitator: row.facilitator,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
}

const SUMMARY_SQL = `
  SELECT w.*,
    (SELECT COUNT(*) FROM counties c WHERE c.workshop_id = w.id) AS county_count,
    (SELECT COUNT(*) FROM groups g WHERE g.workshop_id = w.id) AS group_count
  FROM workshops w`

export class WorkshopRepository {
  private readonly listStatement
  private readonly getStatement
  private readonly insertStatement
  private readonly updateStatement
  private readonly deleteStatement

  constructor(
    private readonly db: Database.Database,
    private readonly agenda: AgendaRepository,
    private readonly povertyLines: PovertyLineRepository,
    private readonly resources: ResourceRepository,
  ) {
    this.listStatement = db.prepare(`${SUMMARY_SQL} ORDER BY w.start_date DESC, w.created_at DESC`)
    this.getStatement = db.prepare('SELECT * FROM workshops WHERE id = ?')
    this.insertStatement = db.prepare(`INSERT INTO workshops
      (id, title, title_en, venue, venue_en, start_date, end_date, language, facilitator, created_at, updated_at)
      VALUES (@id, @title, @titleEn, @venue, @venueEn, @startDate, @endDate, @language, @facilitator, @now, @now)`)
    this.updateStatement = db.prepare(`UPDATE workshops SET title = @title, title_en = @titleEn,
      venue = @venue, venue_en = @venueEn,
      start_date = @startDate, end_date = @endDate, language = @language, facilitator = @facilitator,
      updated_at = @now WHERE id = @id`)
    this.deleteStatement = db.prepare('DELETE FROM workshops WHERE id = ?')
  }

  list(): WorkshopSummary[] {
    return (this.listStatement.all() as (WorkshopRow & { county_count: number; group_count: number })[]).map(
      (row) =>
        workshopSummarySchema.parse({
          ...fromRow(row),
          countyCount: row.county_count,
          groupCount: row.group_count,
        }),
    )
  }

  get(id: string): Workshop | null {
    const row = this.getStatement.get(id) as WorkshopRow | undefined
    return row ? fromRow(row) : null
  }

  /** Creates the workshop with its starting agenda, poverty-line table and resource catalogue in one transaction. */
  create(
    id: string,
    details: WorkshopDetails,
    agenda: Agenda,
    povertyLines: PovertyLineTable,
    resources: readonly Resource[],
  ): Workshop {
    const now = new Date().toISOString()
    this.db
      .transaction(() => {
        this.insertStatement.run({ ...details, id, now })
        this.agenda.replace(id, agenda)
        this.povertyLines.replace(id, povertyLines)
        this.resources.replace(id, resources)
      })
      .immediate()
    return this.get(id) as Workshop
  }

  update(id: string, details: WorkshopDetails): Workshop | null {
    const result = this.updateStatement.run({ ...details, id, now: new Date().toISOString() })
    return result.changes === 0 ? null : this.get(id)
  }

  /** Deletes the workshop and, by cascade, everything that belongs to it. */
  delete(id: string): boolean {
    return this.deleteStatement.run(id).changes > 0
  }
}
