import { describe, expect, it } from 'vitest'
import { stepPlacement } from '../../../renderer/src/exercises/action-plan/reorder'

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
