/** The kinds of figure an action and its budget lines hold, each with its own rules. */
export type NumberKind = 'count' | 'percent' | 'yuan' | 'year'

export type NumberProblem =
  'notANumber' | 'whole' | 'negative' | 'percentRange' | 'yearRange' | 'tooBig' | 'cents'

/** A value to write (null clears the field), or why what was typed cannot be written. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; problem: NumberProblem }

/** Larger than any county budget line or head count; beyond it a typo is likelier than a real figure. */
const MAXIMUM = 1e12

/**
 * Reads a typed figure the way the data card does: full-width digits, Chinese full stops and grouping
 * commas or spaces are accepted; anything else ("12a", "1.2.3") is a problem, never a guess.
 */
export function parseNumber(kind: NumberKind, typed: string): ParsedNumber {
  const text = typed
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\s,\uFF0C]/g, '')
  if (text === '') return { ok: true, value: null }
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, problem: 'notANumber' }
  const value = Number(text)
  const fail = (problem: NumberProblem): ParsedNumber => ({ ok: false, problem })
  switch (kind) {
    case 'year':
      if (!Number.isInteger(value)) return fail('whole')
      return value < 1949 || value > 2100 ? fail('yearRange') : { ok: true, value }
    case 'percent':
      return value < 0 || value > 100 ? fail('percentRange') : { ok: true, value }
    case 'count':
      if (value < 0) return fail('negative')
      if (!Number.isInteger(value)) return fail('whole')
      return value > MAXIMUM ? fail('tooBig') : { ok: true, value }
    case 'yuan':
      if (value < 0) return fail('negative')
      if (value > MAXIMUM) return fail('tooBig')
      // Money is kept to the fen; a third decimal is a slip of the finger, not a price.
      return (text.split('.')[1] ?? '').replace(/0+$/, '').length > 2 ? fail('cents') : { ok: true, value }
  }
}

/** A stored figure as the box shows it: plain digits, so it can be edited in place. */
export const numberText = (value: number | null | undefined): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
