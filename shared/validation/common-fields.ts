import { z } from 'zod'
import { isIsoDate } from './iso-date'
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from './plan-years'
import { isPlainText, type TextLines } from './plain-text'

/** Building blocks shared by the setup schemas; each carries a message key from `messages.ts`. */

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'v.invalid')

/**
 * Text as people type it, trimmed, at most `maximum` characters, free of control and bidi-override
 * characters (shared/validation/plain-text.ts): every name and text of the setup goes through here, so
 * the rule is the same on the form, at the hub and in the data it stores. Single-line unless `lines`
 * says it may hold line breaks and tabs.
 */
export const plainText = (maximum: number, lines: TextLines = {}) =>
  z
    .string()
    .trim()
    .max(maximum, 'v.tooLong')
    .refine((text) => isPlainText(text, lines), 'v.controlCharacters')

export const requiredText = (maximum: number, lines: TextLines = {}) =>
  plainText(maximum, lines).refine((text) => text.length > 0, 'v.required')

export const optionalText = (maximum: number, lines: TextLines = {}) => plainText(maximum, lines).default('')

export const isoDateSchema = z.string().refine(isIsoDate, 'v.date')

export const yearSchema = z
  .number('v.number')
  .int('v.integer')
  .min(FIRST_PLAN_YEAR, 'v.year')
  .max(LAST_PLAN_YEAR, 'v.year')

/** A count of people, households or villages: unknown (null) or a whole number ≥ 0. */
export const countSchema = z
  .number('v.number')
  .int('v.integer')
  .min(0, 'v.nonNegative')
  .max(2_000_000_000, 'v.tooBig')
  .nullable()
  .default(null)

export const percentSchema = z
  .number('v.number')
  .min(0, 'county.incidenceRange')
  .max(100, 'county.incidenceRange')
  .nullable()
  .default(null)

/** A share of a group (of the registered poor, say): 0–100 %. */
export const shareSchema = z.number('v.number').min(0, 'v.share').max(100, 'v.share').nullable()

/** Yuan, percentages, household sizes and indicator values: any figure ≥ 0, decimals allowed. */
export const amountSchema = z
  .number('v.number')
  .min(0, 'v.nonNegative')
  .max(2_000_000_000, 'v.tooBig')
  .nullable()

/** Whole fen: a third decimal in a sum of money is a slip of the finger, not a price. */
const isWholeFen = (yuan: number) => Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6

/** A sum of money in yuan, up to more than any county budget line: beyond it a typo is likelier. */
export const yuanSchema = z
  .number('v.number')
  .min(0, 'v.nonNegative')
  .max(1_000_000_000_000, 'v.tooBig')
  .refine(isWholeFen, 'v.cents')
  .nullable()
