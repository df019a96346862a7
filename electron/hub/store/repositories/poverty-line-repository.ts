import type Database from 'better-sqlite3'
import {
  povertyLineTableSchema,
  type PovertyLineTable,
} from '../../../../shared/poverty-line/poverty-line-schema'

interface PovertyLineRow {
  year: number
  yuan_per_person_year: number
  basis: string
  basis_en: string
  source: string
  source_en: string
  verified: number
}

export class PovertyLineRepository {
  private readonly readStatement
  private readonly clearStatement
  private readonly insertStatement

  constructor(private readonly db: Database.Database) {
    this.readStatement = db.prepare('SELECT * FROM poverty_lines WHERE workshop_id = ? ORDER BY year')
    this.clearStatement = db.prepare('DELETE FROM poverty_lines WHERE workshop_id = ?')
    this.insertStatement = db.prepare(`INSERT INTO poverty_lines
      (workshop_id, year, yuan_per_person_year, basis, basis_en, source, source_en, verified)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  }

  get(workshopId: string): PovertyLineTable {
    return povertyLineTableSchema.parse(
      (this.readStatement.all(workshopId) as PovertyLineRow[]).map((row) => ({
        year: row.year,
        yuanPerPersonYear: row.yuan_per_person_year,
        basis: row.basis,
        basisEn: row.basis_en,
        source: row.source,
        sourceEn: row.source_en,
        verified: row.verified === 1,
      })),
    )
  }

  replace(workshopId: string, table: PovertyLineTable): void {
    this.db
      .transaction(() => {
        this.clearStatement.run(workshopId)
        for (const row of table) {
          this.insertStatement.run(
            workshopId,
            row.year,
            row.yuanPerPersonYear,
            row.basis,
            row.basisEn,
            row.source,
            row.sourceEn,
            row.verified ? 1 : 0,
          )
        }
      })
      .immediate()
  }
}
