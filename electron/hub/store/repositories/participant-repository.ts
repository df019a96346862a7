import type Database from 'better-sqlite3'
import { z } from 'zod'
import { groupMemberSchema, type GroupMember } from '../../../../shared/group/group-schema'

const storedList = z.array(groupMemberSchema)

/** The facilitator's corrections of the counties' participants lists. */
export class ParticipantRepository {
  private readonly getStatement
  private readonly putStatement
  private readonly clearStatement

  constructor(db: Database.Database) {
    this.getStatement = db.prepare('SELECT participants FROM county_participants WHERE county_id = ?').pluck()
    this.putStatement = db.prepare(`INSERT INTO county_participants (county_id, participants, updated_at)
      VALUES (?, ?, ?) ON CONFLICT(county_id) DO UPDATE SET participants = excluded.participants,
      updated_at = excluded.updated_at`)
    this.clearStatement = db.prepare('DELETE FROM county_participants WHERE county_id = ?')
  }

  /** The corrected list, or null when the facilitator has not corrected this county's list. */
  correction(countyId: string): GroupMember[] | null {
    const stored = this.getStatement.get(countyId) as string | undefined
    return stored === undefined ? null : storedList.parse(JSON.parse(stored))
  }

  /** Stores a correction; null removes it, so the suggested list applies again. */
  setCorrection(countyId: string, participants: readonly GroupMember[] | null): void {
    if (participants === null) this.clearStatement.run(countyId)
    else this.putStatement.run(countyId, JSON.stringify(participants), new Date().toISOString())
  }
}
