import type Database from 'better-sqlite3'
import type { BallotEntry } from '../../../../shared/exercises/dot-vote/dot-vote-results'

interface BallotRow {
  voter: string
  card_id: string
  dots: number
}

const toEntry = (row: BallotRow): BallotEntry => ({ voter: row.voter, cardId: row.card_id, dots: row.dots })

/** The dot vote's ballots: per workshop, county, voter and card, how many dots. */
export class BallotRepository {
  private readonly ofVoterStatement
  private readonly ofCountyStatement
  private readonly upsertStatement
  private readonly removeStatement
  private readonly keepStatement
  private readonly clearStatement
  private readonly countStatement

  constructor(private readonly db: Database.Database) {
    this.ofVoterStatement = db.prepare(
      'SELECT voter, card_id, dots FROM dot_ballots WHERE workshop_id = ? AND county_id = ? AND voter = ? ORDER BY card_id',
    )
    this.ofCountyStatement = db.prepare(
      'SELECT voter, card_id, dots FROM dot_ballots WHERE workshop_id = ? AND county_id = ? ORDER BY card_id, voter',
    )
    this.upsertStatement =
      db.prepare(`INSERT INTO dot_ballots (workshop_id, county_id, voter, card_id, dots, updated_at)
      VALUES (@workshopId, @countyId, @voter, @cardId, @dots, @now)
      ON CONFLICT (workshop_id, county_id, voter, card_id) DO UPDATE SET dots = excluded.dots, updated_at = excluded.updated_at`)
    this.removeStatement = db.prepare(
      'DELETE FROM dot_ballots WHERE workshop_id = ? AND county_id = ? AND voter = ? AND card_id = ?',
    )
    // Keeps a legacy dot already moved: moving the same plan twice must not count it twice.
    this.keepStatement =
      db.prepare(`INSERT INTO dot_ballots (workshop_id, county_id, voter, card_id, dots, updated_at)
      VALUES (@workshopId, @countyId, @voter, @cardId, @dots, @now) ON CONFLICT DO NOTHING`)
    this.clearStatement = db.prepare('DELETE FROM dot_ballots WHERE workshop_id = ?')
    this.countStatement = db
      .prepare('SELECT COALESCE(SUM(dots), 0) FROM dot_ballots WHERE workshop_id = ?')
      .pluck()
  }

  /** One voter's dots in a county. */
  ofVoter(workshopId: string, countyId: string, voter: string): BallotEntry[] {
    return (this.ofVoterStatement.all(workshopId, countyId, voter) as BallotRow[]).map(toEntry)
  }

  /** Every voter's dots in a county: for the totals, never for a device. */
  ofCounty(workshopId: string, countyId: string): BallotEntry[] {
    return (this.ofCountyStatement.all(workshopId, countyId) as BallotRow[]).map(toEntry)
  }

  /**
   * Sets one voter's dots on one card, after `check` has approved the voter's ballot as it stands inside
   * the same transaction: two requests of one member can never both spend the last dot.
   */
  setDots(
    key: { workshopId: string; countyId: string; voter: string },
    cardId: string,
    dots: number,
    check: (current: BallotEntry[]) => void,
  ): void {
    this.db
      .transaction(() => {
        check(this.ofVoter(key.workshopId, key.countyId, key.voter))
        if (dots === 0) this.removeStatement.run(key.workshopId, key.countyId, key.voter, cardId)
        else this.upsertStatement.run({ ...key, cardId, dots, now: new Date().toISOString() })
      })
      .immediate()
  }

  /** Adds dots moved from an old plan document; a dot already there is kept as it is. */
  keepLegacy(workshopId: string, countyId: string, entries: readonly BallotEntry[]): void {
    const now = new Date().toISOString()
    this.db
      .transaction(() => {
        for (const entry of entries) this.keepStatement.run({ workshopId, countyId, ...entry, now })
      })
      .immediate()
  }

  /** Takes every ballot of the workshop away; returns how many dots there were. */
  clear(workshopId: string): number {
    return this.db
      .transaction(() => {
        const dots = this.countStatement.get(workshopId) as number
        this.clearStatement.run(workshopId)
        return dots
      })
      .immediate()
  }
}
