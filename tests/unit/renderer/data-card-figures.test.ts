import { describe, expect, it } from 'vitest'
import type { DataCardField } from '../../../shared/exercises/county-data-card/county-data-card-schema'
import { figureSchema } from '../../../renderer/src/exercises/county-data-card/figure-schema'
import { numberText, parseNumber } from '../../../shared/validation/parse-number'

const parseFigure = (field: DataCardField, typed: string) => parseNumber(typed, figureSchema(field))

const keyOf = (result: ReturnType<typeof parseFigure>) => (result.ok ? null : result.error.key)

describe('a figure typed into the data card', () => {
  it('reads whole numbers, also with grouping commas, spaces and full-width digits', () => {
    expect(parseFigure('population', '42996')).toEqual({ ok: true, value: 42996 })
    expect(parseFigure('population', '42,996')).toEqual({ ok: true, value: 42996 })
    expect(parseFigure('population', ' 42 996 ')).toEqual({ ok: true, value: 42996 })
    expect(parseFigure('population', '４２，９９６')).toEqual({ ok: true, value: 42996 })
  })

  it('clears the figure when the box is emptied', () => {
    expect(parseFigure('population', '')).toEqual({ ok: true, value: null })
    expect(parseFigure('baselineYear', '   ')).toEqual({ ok: true, value: null })
  })

  it('never guesses: anything that is not a plain number is refused with a reason', () => {
    expect(keyOf(parseFigure('population', '20万'))).toBe('v.number')
    expect(keyOf(parseFigure('population', '12a'))).toBe('v.number')
    expect(keyOf(parseFigure('population', '1e5'))).toBe('v.number')
  })

  it('applies the setup rules: counts whole and not negative, years 1949–2100, incidence 0–100', () => {
    expect(keyOf(parseFigure('poorVillages', '-3'))).toBe('v.nonNegative')
    expect(keyOf(parseFigure('poorVillages', '－3'))).toBe('v.nonNegative')
    expect(keyOf(parseFigure('registeredPoorPeople', '12.5'))).toBe('v.integer')
    expect(keyOf(parseFigure('baselineYear', '1800'))).toBe('v.year')
    expect(keyOf(parseFigure('incomeYear', '2101'))).toBe('v.year')
    expect(parseFigure('remainingPoorYear', '2018')).toEqual({ ok: true, value: 2018 })
    expect(keyOf(parseFigure('povertyIncidence', '120'))).toBe('county.incidenceRange')
    expect(parseFigure('povertyIncidence', '12.5')).toEqual({ ok: true, value: 12.5 })
    expect(parseFigure('povertyIncidence', '０．５')).toEqual({ ok: true, value: 0.5 })
  })

  it('passes the bound to the message, so "at most …" names the number', () => {
    const result = parseFigure('population', '3000000000')
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error).toMatchObject({ key: 'v.tooBig', params: { maximum: 2_000_000_000 } })
  })

  it('shows stored figures as plain digits, and unknown ones as an empty box', () => {
    expect(numberText(42996)).toBe('42996')
    expect(numberText(12.5)).toBe('12.5')
    expect(numberText(null)).toBe('')
    expect(numberText(undefined)).toBe('')
  })
})
