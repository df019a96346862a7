import type Database from 'better-sqlite3'
import { groupSchema, type Group } from '../../../../shared/group/group-schema'
import type { z } from 'zod'
import type { groupInputSchema } from '../../../../shared/group/group-schema'

type GroupDetails = z.output<typeof groupInputSchema>

interface GroupRow {
  id: string
  workshop_id: string
  county_id: string
  name: string
  members: string
  updated_at: string
}

function fromRow(row: GroupRow): Group {
  return groupSchema.parse({
    id: row.id,
    workshopId: row.workshop_id,
    countyId: row.county_id,
    name: row.name,
    members: JSON.parse(row.members),
    updatedAt: row.updated_at,
  })
}

export class GroupRepository {
  private readonly listStatement
  private readonly getStatement
  private readonly byCountyStatement
  private readonly byIdStatement
  private readonly insertStatement
  private readonly updateStatement
  private readonly deleteStatement

  constructor(db: Database.Database) {
    this.listStatement = db.prepare(`SELECT g.* FROM groups g JOIN counties c ON c.id = g.county_id
      WHERE g.workshop_id = ? ORDER BY c.position, g.name`)
    this.getStatement = db.prepare('SELECT * FROM groups WHERE workshop_id = ? AND id = ?')
    this.byIdStatement = db.prepare('SELECT * FROM groups WHERE id = ?')
    this.byCountyStatement = db.prepare('SELECT * FROM groups WHERE workshop_id = ? AND county_id = ?')
    this.insertStatement =
      db.prepare(`INSERT INTO groups (id, workshop_id, county_id, name, members, updated_at)
      VALUES (@id, @workshopId, @countyId, @name, @members, @now)`)
    this.updateStatement = db.prepare(`UPDATE groups SET county_id = @countyId, name = @name,
      members = @members, updated_at = @now WHERE workshop_id = @workshopId AND id = @id`)
    this.deleteStatement = db.prepare('DELETE FROM groups WHERE workshop_id = ? AND id = ?')
  }

  list(workshopId: string): Group[] {
    return (this.listStatement.all(workshopId) as GroupRow[]).map(fromRow)
  }

  get(workshopId: string, id: string): Group | null {
    const row = this.getStatement.get(workshopId, id) as GroupRow | undefined
    return row ? fromRow(row) : null
  }

  /** A group by id alone (a join code names a group, not its workshop). */
  find(id: string): Group | null {
    const row = this.byIdStatement.get(id) as GroupRow | undefined
    return row ? fromRow(row) : null
  }

  forCounty(workshopId: string, countyId: string): Group | null {
    const row = this.byCountyStatement.get(workshopId, countyId) as GroupRow | undefined
    return row ? fromRow(row) : null
  }

  create(workshopId: string, id: string, details: GroupDetails): Group {
    this.insertStatement.run({
      ...details,
      members: JSON.stringify(details.members),
      id,
      workshopId,
      now: new Date().toISOString(),
    })
    return this.get(workshopId, id) as Group
  }

  update(workshopId: string, id: string, details: GroupDetails): Group | null {
    const result = this.updateStatement.run({
      ...details,
      members: JSON.stringify(details.members),
      id,
      workshopId,
      now: new Date().toISOString(),
    })
    return result.changes === 0 ? null : this.get(workshopId, id)
  }

  delete(workshopId: string, id: string): boolean {
    return this.deleteStatement.run(workshopId, id).changes > 0
  }
}
