import type Database from 'better-sqlite3'
import { resourceSchema, type Resource } from '../../../../shared/resources/resource-schema'

/** A resource without its id, as the facilitator's form sends it (already parsed). */
export type ResourceDetails = Omit<Resource, 'id'>

interface ResourceRow {
  id: string
  kind: string
  title: string
  provider: string
  description: string
}

function fromRow(row: ResourceRow): Resource {
  return resourceSchema.parse({
    id: row.id,
    kind: row.kind,
    title: JSON.parse(row.title),
    provider: JSON.parse(row.provider),
    description: JSON.parse(row.description),
  })
}

const toParams = (details: ResourceDetails) => ({
  kind: details.kind,
  title: JSON.stringify(details.title),
  provider: JSON.stringify(details.provider),
  description: JSON.stringify(details.description),
})

/** Each workshop's resource catalogue, in the order the facilitator gave it. */
export class ResourceRepository {
  private readonly listStatement
  private readonly getStatement
  private readonly appendStatement
  private readonly updateStatement
  private readonly deleteStatement
  private readonly clearStatement
  private readonly moveStatement

  constructor(private readonly db: Database.Database) {
    this.listStatement = db.prepare('SELECT * FROM resources WHERE workshop_id = ? ORDER BY position, id')
    this.getStatement = db.prepare('SELECT * FROM resources WHERE workshop_id = ? AND id = ?')
    this.appendStatement = db.prepare(`INSERT INTO resources
      (workshop_id, id, position, kind, title, provider, description)
      VALUES (@workshopId, @id,
        (SELECT COALESCE(MAX(position), -1) + 1 FROM resources WHERE workshop_id = @workshopId),
        @kind, @title, @provider, @description)`)
    this.updateStatement = db.prepare(`UPDATE resources SET kind = @kind, title = @title,
      provider = @provider, description = @description WHERE workshop_id = @workshopId AND id = @id`)
    this.deleteStatement = db.prepare('DELETE FROM resources WHERE workshop_id = ? AND id = ?')
    this.clearStatement = db.prepare('DELETE FROM resources WHERE workshop_id = ?')
    this.moveStatement = db.prepare('UPDATE resources SET position = ? WHERE workshop_id = ? AND id = ?')
  }

  list(workshopId: string): Resource[] {
    return (this.listStatement.all(workshopId) as ResourceRow[]).map(fromRow)
  }

  get(workshopId: string, id: string): Resource | null {
    const row = this.getStatement.get(workshopId, id) as ResourceRow | undefined
    return row ? fromRow(row) : null
  }

  /** Adds a resource at the end of the catalogue. */
  create(workshopId: string, id: string, details: ResourceDetails): Resource {
    this.appendStatement.run({ ...toParams(details), workshopId, id })
    return this.get(workshopId, id) as Resource
  }

  update(workshopId: string, id: string, details: ResourceDetails): Resource | null {
    const result = this.updateStatement.run({ ...toParams(details), workshopId, id })
    return result.changes === 0 ? null : this.get(workshopId, id)
  }

  delete(workshopId: string, id: string): boolean {
    return this.deleteStatement.run(workshopId, id).changes > 0
  }

  /** Replaces the whole catalogue, keeping the given ids and order (a new workshop's starting copy). */
  replace(workshopId: string, resources: readonly Resource[]): void {
    this.db
      .transaction(() => {
        this.clearStatement.run(workshopId)
        for (const { id, ...details } of resources) this.create(workshopId, id, details)
      })
      .immediate()
  }

  /**
   * Puts the catalogue in the given order. `ids` must name every resource of the workshop exactly
   * once; otherwise nothing changes and false is returned (someone else added or deleted meanwhile).
   */
  reorder(workshopId: string, ids: readonly string[]): boolean {
    return this.db
      .transaction(() => {
        const current = new Set(this.list(workshopId).map((resource) => resource.id))
        if (ids.length !== current.size || new Set(ids).size !== ids.length) return false
        if (!ids.every((id) => current.has(id))) return false
        ids.forEach((id, position) => this.moveStatement.run(position, workshopId, id))
        return true
      })
      .immediate()
  }
}
