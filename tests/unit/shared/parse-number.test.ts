import { describe, expect, it } from 'vitest'
import { numberText, parseNumber } from '../../../shared/validation/parse-number'
import {
  amountSchema,
  countSchema,
  shareSchema,
  yearSchema,
  yuanSchema,
} from '../../../shared/validation/common-fields'

const keyOf = (result: ReturnType<typeof parseNumber>) => (result.ok ? null : result.error.key)

describe('the whole content of a number box', () => {
  it('is written only when all of it is a number: "2x01,000" is refused, never read as 2', () => {
    expect(keyOf(parseNumber('2x01,000', countSchema))).toBe('v.number')
    expect(keyOf(parseNumber('2x', countSchema))).toBe('v.number')
    expect(keyOf(parseNumber('12a', countSchema))).toBe('v.number')
    expect(keyOf(parseNumber('1.2.3', amountSchema))).toBe('v.number')
    expect(keyOf(parseNumber('1e13', yuanSchema))).toBe('v.number')
    expect(keyOf(parseNumber('7千', countSchema))).toBe('v.number')
  })

  it('accepts thousands separators between groups of three, as typed on phones and Chinese keyboards', () => {
    expect(parseNumber('42,996', countSchema)).toEqual({ ok: true, value: 42996 })
    expect(parseNumber(' 42 996 ', countSchema)).toEqual({ ok: true, value: 42996 })
    expect(parseNumber('１３，２５５', countSchema)).toEqual({ ok: true, value: 13255 })
    expect(parseNumber('２１０,０００', countSchema)).toEqual({ ok: true, value: 210000 })
    expect(parseNumber('1 250 000', yuanSchema)).toEqual({ ok: true, value: 1250000 })
    expect(parseNumber('1,250,000.50', yuanSchema)).toEqual({ ok: true, value: 1250000.5 })
    expect(parseNumber('3500。5', yuanSchema)).toEqual({ ok: true, value: 3500.5 })
  })

  it('refuses a separator out of place rather than guess which number was meant', () => {
    expect(keyOf(parseNumber('4,2996', countSchema))).toBe('v.number')
    expect(keyOf(parseNumber('42,99', countSchema))).toBe('v.number')
    expect(keyOf(parseNumber('1,2', amountSchema))).toBe('v.number')
    expect(keyOf(parseNumber(',996', countSchema))).toBe('v.number')
    expect(keyOf(parseNumber('1.250,5', amountSchema))).toBe('v.number')
  })

  it('clears the field when the box is emptied', () => {
    expect(parseNumber('  ', countSchema)).toEqual({ ok: true, value: null })
    expect(parseNumber('', yuanSchema)).toEqual({ ok: true, value: null })
  })

  it('takes its ranges from the schemas in shared/, and says why', () => {
    expect(keyOf(parseNumber('12.5', countSchema))).toBe('v.integer')
    expect(keyOf(parseNumber('-3', countSchema))).toBe('v.nonNegative')
    expect(keyOf(parseNumber('120', shareSchema))).toBe('v.share')
    expect(parseNumber('60', shareSchema)).toEqual({ ok: true, value: 60 })
    expect(keyOf(parseNumber('18', yearSchema.nullable()))).toBe('v.year')
    expect(keyOf(parseNumber('2019.5', yearSchema.nullable()))).toBe('v.integer')
    expect(parseNumber('2019', yearSchema.nullable())).toEqual({ ok: true, value: 2019 })
    expect(keyOf(parseNumber('-100', yuanSchema))).toBe('v.nonNegative')
    expect(keyOf(parseNumber('2,000,000,000,000', yuanSchema))).toBe('v.tooBig')
  })

  it('keeps money to the fen, trailing zeros included', () => {
    expect(keyOf(parseNumber('10.125', yuanSchema))).toBe('v.cents')
    expect(parseNumber('10.50', yuanSchema)).toEqual({ ok: true, value: 10.5 })
    expect(parseNumber('10.500', yuanSchema)).toEqual({ ok: true, value: 10.5 })
    expect(parseNumber('0.07', yuanSchema)).toEqual({ ok: true, value: 0.07 })
  })

  it('shows a stored figure as plain digits to edit', () => {
    expect(numberText(1250000)).toBe('1250000')
    expect(numberText(12.5)).toBe('12.5')
    expect(numberText(null)).toBe('')
  })
})
