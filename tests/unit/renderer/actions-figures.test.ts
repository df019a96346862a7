import { describe, expect, it } from 'vitest'
import { numberText, parseNumber } from '../../../renderer/src/plan/actions/parse-number'
import { stepPlacement } from '../../../renderer/src/plan/actions/reorder'

describe('figures typed into an action or budget line', () => {
  it('accepts what people type on phones and Chinese keyboards', () => {
    expect(parseNumber('count', '１３，２５５')).toEqual({ ok: true, value: 13255 })
    expect(parseNumber('yuan', '1 250 000')).toEqual({ ok: true, value: 1250000 })
    expect(parseNumber('yuan', '3500。5')).toEqual({ ok: true, value: 3500.5 })
    expect(parseNumber('percent', '60')).toEqual({ ok: true, value: 60 })
    expect(parseNumber('year', '2019')).toEqual({ ok: true, value: 2019 })
  })

  it('clears the field when the box is emptied', () => {
    expect(parseNumber('count', '  ')).toEqual({ ok: true, value: null })
  })

  it('refuses rather than guesses, and says why', () => {
    expect(parseNumber('count', '12a')).toEqual({ ok: false, problem: 'notANumber' })
    expect(parseNumber('count', '1.2.3')).toEqual({ ok: false, problem: 'notANumber' })
    expect(parseNumber('count', '12.5')).toEqual({ ok: false, problem: 'whole' })
    expect(parseNumber('count', '-3')).toEqual({ ok: false, problem: 'negative' })
    expect(parseNumber('percent', '120')).toEqual({ ok: false, problem: 'percentRange' })
    expect(parseNumber('year', '18')).toEqual({ ok: false, problem: 'yearRange' })
    expect(parseNumber('year', '2019.5')).toEqual({ ok: false, problem: 'whole' })
    expect(parseNumber('yuan', '-100')).toEqual({ ok: false, problem: 'negative' })
    expect(parseNumber('yuan', '10.125')).toEqual({ ok: false, problem: 'cents' })
    expect(parseNumber('yuan', '1e13')).toEqual({ ok: false, problem: 'notANumber' })
    expect(parseNumber('yuan', '2000000000000')).toEqual({ ok: false, problem: 'tooBig' })
  })

  it('keeps money to the fen, trailing zeros included', () => {
    expect(parseNumber('yuan', '10.50')).toEqual({ ok: true, value: 10.5 })
    expect(parseNumber('yuan', '10.500')).toEqual({ ok: true, value: 10.5 })
  })

  it('shows a stored figure as plain digits to edit', () => {
    expect(numberText(1250000)).toBe('1250000')
    expect(numberText(null)).toBe('')
  })
})

describe('moving an item one step', () => {
  const ids = ['a', 'b', 'c']
  it('places it before the one above, or two below (the end after the last but one)', () => {
    expect(stepPlacement(ids, 'c', 'up')).toBe('b')
    expect(stepPlacement(ids, 'b', 'up')).toBe('a')
    expect(stepPlacement(ids, 'a', 'down')).toBe('c')
    expect(stepPlacement(ids, 'b', 'down')).toBeNull()
  })

  it('does nothing at the top, at the bottom, or for an unknown item', () => {
    expect(stepPlacement(ids, 'a', 'up')).toBeUndefined()
    expect(stepPlacement(ids, 'c', 'down')).toBeUndefined()
    expect(stepPlacement(ids, 'x', 'up')).toBeUndefined()
  })
})
