import type { z } from 'zod'
import { DEFAULT_LOCALE } from '../locale/locale'
import { toFieldErrors, type FieldError } from './field-errors'

/**
 * What a number box holds: a value to write (null clears the field), or why it cannot be written
 * (key and parameters; worded with localizeFieldErrors in whatever language is shown).
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; error: FieldError }

const notANumber: FieldError = { path: '', key: 'v.number', params: {}, message: '' }

/** Thousands separators people type: a comma (also the full-width one) or a space. */
const SEPARATOR = /[,\uFF0C\s]/
const GROUPED = /^(-?)(\d{1,3}(?:[,\uFF0C\s]\d{3})+)(\.\d*)?$/

/** Full-width digits and signs, and the Chinese full stop, as the ASCII ones. */
function halfWidth(typed: string): string {
  return typed
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .trim()
}

/** The digits without their separators, when these stand between groups of three ("42,996"); else null ("4,2996"). */
function ungrouped(text: string): string | null {
  if (!SEPARATOR.test(text)) return text
  const match = GROUPED.exec(text)
  if (!match) return null
  const [, sign = '', digits = '', fraction = ''] = match
  return sign + digits.replace(/[,\uFF0C\s]/g, '') + fraction
}

/**
 * Reads the whole content of a number box against the field's schema. Tolerates what people type on
 * phones and Chinese keyboards — full-width digits, thousands separators — but never guesses: "12a"
 * and "2x01,000" are errors, not 12 or 2, and so is a separator out of place.
 */
export function parseNumber(typed: string, schema: z.ZodType<number | null>): ParsedNumber {
  const text = halfWidth(typed)
  if (text === '') return { ok: true, value: null }
  const plain = ungrouped(text)
  if (plain === null || !/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return { ok: false, error: notANumber }
  const result = schema.safeParse(Number(plain))
  if (result.success) return { ok: true, value: result.data }
  const [error] = toFieldErrors(result.error.issues.slice(0, 1), DEFAULT_LOCALE)
  return { ok: false, error: error ?? notANumber }
}

/** A stored number as it appears in the box: plain digits, no grouping, so it can be edited in place. */
export const numberText = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
