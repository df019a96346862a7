/**
 * A numbered schema migration. Append only: a released migration is never edited or removed,
 * because databases in the field have recorded it as applied.
 */
export interface Migration {
  version: number
  name: string
  sql: string
}
