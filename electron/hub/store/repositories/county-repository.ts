import type Database from 'better-sqlite3'
import { countySchema, type County, type CountyDetails } from '../../../../shared/county/county-schema'

interface CountyRow {
  id: string
  workshop_id: string
  position: number
  name: string
  name_en: string
  province: string
  province_en: string
  prefecture: string
  prefecture_en: string
  population: number | null
  poor_villages: number | null
  registered_poor_households: number | null
  registered_poor_people: number | null
  baseline_year: number | null
  remaining_poor_people: number | null
  remaining_poor_year: number | null
  poverty_incidence: number | null
  signature_products: string
  notes: string
  notes_en: string
  sources: string
  updated_at: string
}

function fromRow(row: CountyRow): County {
  return countySchema.parse({
    id: row.id,
    workshopId: row.workshop_id,
    position: row.position,
    name: row.name,
    nameEn: row.name_en,
    province: row.province,
    provinceEn: row.province_en,
    prefecture: row.prefecture,
    prefectureEn: row.prefecture_en,
    population: row.population,
    poorVillages: row.poor_villages,
    registeredPoorHouseholds: row.registered_poor_households,
    registeredPoorPeople: row.registered_poor_people,
    baselineYear: row.baseline_year,
    remainingPoorPeople: row.remaining_poor_people,
    remainingPoorYear: row.remaining_poor_year,
    povertyIncidence: row.poverty_incidence,
    signatureProducts: JSON.parse(row.signature_products),
    notes: row.notes,
    notesEn: row.notes_en,
    sources: JSON.parse(row.sources),
    updatedAt: row.updated_at,
  })
}

function toParams(details: CountyDetails) {
  return {
    ...details,
    signatureProducts: JSON.stringify(details.signatureProducts),
    sources: JSON.stringify(details.sources),
  }
}

const COLUMNS = `name = @name, name_en = @nameEn, province = @province, province_en = @provinceEn,
  prefecture = @prefecture, prefecture_en = @prefectureEn, population = @population,
  poor_villages = @poorVillages, registered_poor_households = @registeredPoorHouseholds,
  registered_poor_people = @registeredPoorPeople, baseline_year = @baselineYear,
  remaining_poor_people = @remainingPoorPeople, remaining_poor_year = @remainingPoorYear,
  poverty_incidence = @povertyIncidence, signature_products = @signatureProducts, notes = @notes,
  notes_en = @notesEn, sources = @sources, updated_at = @now`

export class CountyRepository {
  private readonly listStatement
  private readonly getStatement
  private readonly insertStatement
  private readonly updateStatement
  private readonly deleteStatement

  constructor(db: Database.Database) {
    this.listStatement = db.prepare('SELECT * FROM counties WHERE workshop_id = ? ORDER BY position, name')
    this.getStatement = db.prepare('SELECT * FROM counties WHERE workshop_id = ? AND id = ?')
    this.insertStatement = db.prepare(`INSERT INTO counties (id, workshop_id, position, name, name_en,
      province, province_en, prefecture, prefecture_en, population, poor_villages,
      registered_poor_households, registered_poor_people, baseline_year, remaining_poor_people,
      remaining_poor_year, poverty_incidence, signature_products, notes, notes_en, sources, updated_at)
      VALUES (@id, @workshopId,
        (SELECT COALESCE(MAX(position), -1) + 1 FROM counties WHERE workshop_id = @workshopId),
        @name, @nameEn, @province, @provinceEn, @prefecture, @prefectureEn, @population, @poorVillages,
        @registeredPoorHouseholds, @registeredPoorPeople, @baselineYear, @remainingPoorPeople,
        @remainingPoorYear, @povertyIncidence, @signatureProducts, @notes, @notesEn, @sources, @now)`)
    this.updateStatement = db.prepare(
      `UPDATE counties SET ${COLUMNS} WHERE workshop_id = @workshopId AND id = @id`,
    )
    this.deleteStatement = db.prepare('DELETE FROM counties WHERE workshop_id = ? AND id = ?')
  }

  list(workshopId: string): County[] {
    return (this.listStatement.all(workshopId) as CountyRow[]).map(fromRow)
  }

  get(workshopId: string, id: string): County | null {
    const row = this.getStatement.get(workshopId, id) as CountyRow | undefined
    return row ? fromRow(row) : null
  }

  create(workshopId: string, id: string, details: CountyDetails): County {
    this.insertStatement.run({ ...toParams(details), id, workshopId, now: new Date().toISOString() })
    return this.get(workshopId, id) as County
  }

  update(workshopId: string, id: string, details: CountyDetails): County | null {
    const result = this.updateStatement.run({
      ...toParams(details),
      id,
      workshopId,
      now: new Date().toISOString(),
    })
    return result.changes === 0 ? null : this.get(workshopId, id)
  }

  /** Deletes the county and, by cascade, its group. */
  delete(workshopId: string, id: string): boolean {
    return this.deleteStatement.run(workshopId, id).changes > 0
  }
}
