import type Database from 'better-sqlite3'
import type { z } from 'zod'
import {
  savedFollowUpReportSchema,
  type SavedFollowUpReport,
} from '../../../../shared/follow-up/follow-up-report-schema'
import {
  followUpRoundSchema,
  type FollowUpRound,
  type FollowUpRoundInput,
} from '../../../../shared/follow-up/follow-up-round-schema'

interface RoundRow {
  id: string
  workshop_id: string
  name: string
  date: string
  plan_year: number
  created_at: string
  open_to_counties: number
}

const toRound = (row: RoundRow): FollowUpRound =>
  followUpRoundSchema.parse({
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    date: row.date,
    planYear: row.plan_year,
    createdAt: row.created_at,
    openToCounties: row.open_to_counties === 1,
  })

/** Follow-up review rounds of a workshop and the counties' reports for them. */
export class FollowUpRepository {
  private readonly listStatement
  private readonly getStatement
  private readonly hasStatement
  private readonly insertStatement
  private readonly updateStatement
  private readonly deleteStatement
  private readonly openStatement
  private readonly reportStatement
  private readonly reportsStatement
  private readonly putReportStatement

  constructor(db: Database.Database) {
    this.listStatement = db.prepare(
      'SELECT * FROM follow_up_rounds WHERE workshop_id = ? ORDER BY date, created_at, id',
    )
    this.getStatement = db.prepare('SELECT * FROM follow_up_rounds WHERE workshop_id = ? AND id = ?')
    this.hasStatement = db.prepare('SELECT EXISTS (SELECT 1 FROM follow_up_rounds WHERE id = ?)').pluck()
    this.insertStatement = db.prepare(`INSERT INTO follow_up_rounds
      (id, workshop_id, name, date, plan_year, created_at) VALUES (?, ?, ?, ?, ?, ?)`)
    this.updateStatement = db.prepare(
      'UPDATE follow_up_rounds SET name = ?, date = ?, plan_year = ? WHERE workshop_id = ? AND id = ?',
    )
    this.deleteStatement = db.prepare('DELETE FROM follow_up_rounds WHERE workshop_id = ? AND id = ?')
    this.openStatement = db.prepare(
      'UPDATE follow_up_rounds SET open_to_counties = ? WHERE workshop_id = ? AND id = ?',
    )
    this.reportStatement = db
      .prepare('SELECT report FROM follow_up_reports WHERE round_id = ? AND county_id = ?')
      .pluck()
    this.reportsStatement = db.prepare('SELECT report FROM follow_up_reports WHERE round_id = ?').pluck()
    this.putReportStatement =
      db.prepare(`INSERT INTO follow_up_reports (round_id, county_id, report, reported_at)
      VALUES (?, ?, ?, ?) ON CONFLICT(round_id, county_id) DO UPDATE SET report = excluded.report,
      reported_at = excluded.reported_at`)
  }

  list(workshopId: string): FollowUpRound[] {
    return (this.listStatement.all(workshopId) as RoundRow[]).map(toRound)
  }

  get(workshopId: string, roundId: string): FollowUpRound | null {
    const row = this.getStatement.get(workshopId, roundId) as RoundRow | undefined
    return row ? toRound(row) : null
  }

  create(workshopId: string, id: string, input: FollowUpRoundInput, createdAt: string): FollowUpRound {
    this.insertStatement.run(id, workshopId, input.name, input.date, input.planYear, createdAt)
    return this.get(workshopId, id) as FollowUpRound
  }

  /** Whether a round of any workshop has this id (ids are keys across workshops). */
  has(roundId: string): boolean {
    return this.hasStatement.get(roundId) === 1
  }

  /** The round as changed, or null when the workshop has no such round. */
  update(workshopId: string, id: string, input: FollowUpRoundInput): FollowUpRound | null {
    const { changes } = this.updateStatement.run(input.name, input.date, input.planYear, workshopId, id)
    return changes === 0 ? null : this.get(workshopId, id)
  }

  /** Opens the round to the counties' own entry or closes it; null when the workshop has no such round. */
  setOpenToCounties(workshopId: string, id: string, open: boolean): FollowUpRound | null {
    const { changes } = this.openStatement.run(open ? 1 : 0, workshopId, id)
    return changes === 0 ? null : this.get(workshopId, id)
  }

  /** Deletes the round with its reports; false when there was no such round. */
  delete(workshopId: string, id: string): boolean {
    return this.deleteStatement.run(workshopId, id).changes > 0
  }

  /** The county's saved report for the round, or null when none was saved yet. */
  report(roundId: string, countyId: string): SavedFollowUpReport | null {
    const stored = this.reportStatement.get(roundId, countyId) as string | undefined
    return stored === undefined ? null : savedFollowUpReportSchema.parse(JSON.parse(stored))
  }

  /** Every saved report of the round, in no particular order. */
  reports(roundId: string): SavedFollowUpReport[] {
    return (this.reportsStatement.all(roundId) as string[]).map((stored) =>
      savedFollowUpReportSchema.parse(JSON.parse(stored)),
    )
  }

  /** Stores a saved report whole (validated again here: nothing unreadable goes into the table). */
  putReport(report: z.input<typeof savedFollowUpReportSchema>): SavedFollowUpReport {
    const valid = savedFollowUpReportSchema.parse(report)
    this.putReportStatement.run(valid.roundId, valid.countyId, JSON.stringify(valid), valid.reportedAt)
    return valid
  }
}
