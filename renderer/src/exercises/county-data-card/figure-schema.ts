import type { z } from 'zod'
import {
  YEAR_FIELDS,
  type DataCardField,
} from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import { countSchema, percentSchema, yearSchema } from '../../../../shared/validation/common-fields'

/** The same rules as the county figures at setup: counts are whole and ≥ 0, years 1949–2100, incidence 0–100. */
export function figureSchema(field: DataCardField): z.ZodType<number | null> {
  if (YEAR_FIELDS.includes(field)) return yearSchema.nullable()
  if (field === 'povertyIncidence') return percentSchema
  return countSchema
}
