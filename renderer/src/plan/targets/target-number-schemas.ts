import { z } from 'zod'
import { countSchema, yearSchema } from '../../../../shared/validation/common-fields'

/**
 * What each box of the step accepts. Only what cannot be a figure at all is refused; figures that
 * merely do not add up (a share of 120%) are saved and flagged by the consistency checks instead.
 */
export const wholeCountSchema = countSchema

export const yearFieldSchema = yearSchema.nullable()

/** Yuan, percentages, household sizes and indicator values: any figure ≥ 0, decimals allowed. */
export const amountSchema = z
  .number('v.number')
  .min(0, 'v.nonNegative')
  .max(2_000_000_000, 'v.tooBig')
  .nullable()
