import { describe, expect, it } from 'vitest'
import { nextDropTarget } from '../../../renderer/src/exercises/problem-tree/problem-tree-keyboard'

const box = (left: number, top: number, width = 100, height = 60) => ({ left, top, width, height })

/**
 *   [effect]            (row 0)
 *   [    core    ]      (row 1)
 *   [a]   [b]   [c]     (row 2)
 *         [d]           (row 3, under b)
 */
const board = [
  { id: 'effect', box: box(0, 0) },
  { id: 'core', box: box(0, 100, 400, 60) },
  { id: 'a', box: box(0, 200) },
  { id: 'b', box: box(150, 200) },
  { id: 'c', box: box(300, 200) },
  { id: 'd', box: box(150, 300) },
]
const from = (id: string) => board.find((candidate) => candidate.id === id)!.box

describe('arrow keys while dragging a problem-tree card', () => {
  it('goes down to the card below rather than to a nearer one off to the side', () => {
    expect(nextDropTarget(from('b'), board, 'down')).toBe('d')
    expect(nextDropTarget(from('d'), board, 'up')).toBe('b')
  })

  it('stays in the row going left and right, and stops at the ends', () => {
    expect(nextDropTarget(from('b'), board, 'right')).toBe('c')
    expect(nextDropTarget(from('b'), board, 'left')).toBe('a')
    expect(nextDropTarget(from('c'), board, 'right')).toBeNull()
  })

  it('does not stop on the area around the cards, which is nearer than any card from inside it', () => {
    const withArea = [...board, { id: 'side:cause', box: box(0, 190, 420, 180) }]
    expect(nextDropTarget(from('c'), withArea, 'left')).toBe('b')
    expect(nextDropTarget(from('core'), withArea, 'down')).toBe('b')
  })

  it('reaches the core above the first layer, and the effects above the core', () => {
    expect(nextDropTarget(from('a'), board, 'up')).toBe('core')
    expect(nextDropTarget(from('core'), board, 'up')).toBe('effect')
    expect(nextDropTarget(from('effect'), board, 'up')).toBeNull()
  })
})
