import type { z } from 'zod'
import { DEFAULT_LOCALE } from '../../../../shared/locale/locale'
import { toFieldErrors, type FieldError } from '../../../../shared/validation/field-errors'

/**
 * What a typed number means: a value to write (null clears the field), or why it cannot be written
 * (key and parameters; worded with localizeFieldErrors in whatever language is shown).
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; error: FieldError }

const notANumber: FieldError = { path: '', key: 'v.number', params: {}, message: '' }

/**
 * Reads what someone typed against the field's schema. Tolerates what people type on phones and
 * Chinese keyboards — full-width digits, grouping commas and spaces — but never guesses: "12a" is an
 * error, not 12.
 */
export function parseNumber(typed: string, schema: z.ZodType<number | null>): ParsedNumber {
  const text = typed
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\s,\uFF0C]/g, '')
  if (text === '') return { ok: true, value: null }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, error: notANumber }
  const result = schema.safeParse(Number(text))
  if (result.success) return { ok: true, value: result.data }
  const [error] = toFieldErrors(result.error.issues.slice(0, 1), DEFAULT_LOCALE)
  return { ok: false, error: error ?? notANumber }
}

/** A stored number as it appears in the box: plain digits, no grouping, so it can be edited in place. */
export const numberText = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
