import { describe, expect, it } from 'vitest'
import { codeFromHash, formatTypedCode } from '../../../renderer/src/join/join-code-input'

describe('the join code box', () => {
  it('upper-cases and puts in the dash while typing', () => {
    expect(formatTypedCode('a')).toBe('A')
    expect(formatTypedCode('abc')).toBe('ABC')
    expect(formatTypedCode('abc2')).toBe('ABC-2')
    expect(formatTypedCode('abc234')).toBe('ABC-234')
  })

  it('ignores spaces and dashes people type, and stops at six characters', () => {
    expect(formatTypedCode('ab c-23 4')).toBe('ABC-234')
    expect(formatTypedCode('ABC-2345')).toBe('ABC-234')
    expect(formatTypedCode('ABC-')).toBe('ABC')
  })

  it('keeps characters outside the alphabet visible, so the message can point at them', () => {
    expect(formatTypedCode('O0I1')).toBe('O0I-1')
  })

  it('takes the code from a join link', () => {
    expect(codeFromHash('#ABC234')).toBe('ABC-234')
    expect(codeFromHash('')).toBe('')
    expect(codeFromHash('#abc%20234')).toBe('ABC-234')
  })
})
