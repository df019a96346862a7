import { describe, expect, it } from 'vitest'
import type { SwotQuadrant } from '../../../shared/exercises/swot/swot-schema'
import {
  quadrantDropId,
  type SwotColumns,
  swotPlacement,
} from '../../../renderer/src/exercises/swot/swot-drop'
import {
  dropIdOfSlot,
  nextSwotSlot,
  type QuadrantCorners,
  quadrantTowards,
  type SwotDirection,
  type SwotSlot,
  slotOfDrop,
} from '../../../renderer/src/exercises/swot/swot-keyboard-moves'

const columns: SwotColumns = {
  strengths: ['a', 'b', 'c'],
  weaknesses: ['d'],
  opportunities: ['g', 'h'],
  threats: ['e', 'f'],
}

/** The familiar picture: strengths | weaknesses above opportunities | threats. */
const grid: QuadrantCorners = {
  strengths: { left: 0, top: 0 },
  weaknesses: { left: 600, top: 0 },
  opportunities: { left: 0, top: 400 },
  threats: { left: 600, top: 400 },
}
/** A phone: the four quadrants one under another. */
const column: QuadrantCorners = {
  strengths: { left: 12, top: 0 },
  weaknesses: { left: 12, top: 300 },
  opportunities: { left: 12, top: 600 },
  threats: { left: 12, top: 900 },
}

const spoken = (slot: SwotSlot) => `${slot.quadrant} #${slot.index + 1}`

/** Presses arrow keys from the card's own place; where it would land after each press ("threats #2"). */
function press(activeId: string, keys: SwotDirection[], corners: QuadrantCorners = grid): string[] {
  let slot = slotOfDrop(columns, activeId, null)!
  return keys.map((key) => spoken((slot = nextSwotSlot(columns, activeId, slot, key, corners))))
}

describe('which quadrant lies in a direction', () => {
  it('in the 2×2 grid, left and right stay in the row, up and down in the column', () => {
    expect(quadrantTowards(grid, 'threats', 'left')).toBe('opportunities')
    expect(quadrantTowards(grid, 'threats', 'up')).toBe('weaknesses')
    expect(quadrantTowards(grid, 'strengths', 'right')).toBe('weaknesses')
    expect(quadrantTowards(grid, 'strengths', 'down')).toBe('opportunities')
    expect(quadrantTowards(grid, 'strengths', 'left')).toBeNull()
    expect(quadrantTowards(grid, 'threats', 'down')).toBeNull()
  })

  it('on a phone, up and down go through the quadrants in order and nothing lies left or right', () => {
    expect(quadrantTowards(column, 'weaknesses', 'up')).toBe('strengths')
    expect(quadrantTowards(column, 'weaknesses', 'down')).toBe('opportunities')
    expect(quadrantTowards(column, 'weaknesses', 'left')).toBeNull()
    expect(quadrantTowards(column, 'weaknesses', 'right')).toBeNull()
  })
})

describe('one arrow key moves a held SWOT card one place', () => {
  it('starts at the card’s own place', () => {
    expect(slotOfDrop(columns, 'f', null)).toEqual({ quadrant: 'threats', index: 1 })
    expect(slotOfDrop(columns, 'f', 'f')).toEqual({ quadrant: 'threats', index: 1 })
  })

  it('left from threats goes to opportunities at the same position, not to threats #1', () => {
    expect(press('e', ['left'])).toEqual(['opportunities #1'])
    expect(press('f', ['left'])).toEqual(['opportunities #2'])
  })

  it('right goes to the neighbour at the same position, or its end when it has fewer cards', () => {
    expect(press('c', ['right'])).toEqual(['weaknesses #2'])
    expect(press('a', ['right', 'left'])).toEqual(['weaknesses #1', 'strengths #1'])
  })

  it('up and down step through the quadrant, then on into the quadrant above or below', () => {
    expect(press('a', ['down', 'down', 'down', 'down'])).toEqual([
      'strengths #2',
      'strengths #3',
      'opportunities #1',
      'opportunities #2',
    ])
    expect(press('e', ['up', 'up'])).toEqual(['weaknesses #2', 'weaknesses #1'])
  })

  it('stays where there is nowhere to go', () => {
    expect(press('a', ['up', 'left'])).toEqual(['strengths #1', 'strengths #1'])
    expect(press('f', ['down', 'right'])).toEqual(['threats #2', 'threats #2'])
  })

  it('on a phone, down from the last card goes on into the next quadrant', () => {
    expect(press('d', ['down', 'left'], column)).toEqual(['opportunities #1', 'opportunities #1'])
  })
})

describe('each place has one drop target, and dropping there puts the card in that place', () => {
  const quadrants: SwotQuadrant[] = ['strengths', 'weaknesses', 'opportunities', 'threats']
  const cards = Object.values(columns).flat()

  it('for every card and every place it can reach', () => {
    for (const activeId of cards) {
      for (const quadrant of quadrants) {
        const room = columns[quadrant].filter((id) => id !== activeId).length
        for (let index = 0; index <= room; index += 1) {
          const slot = { quadrant, index }
          const dropId = dropIdOfSlot(columns, activeId, slot)
          expect(slotOfDrop(columns, activeId, dropId), `${activeId} → ${quadrant} #${index}`).toEqual(slot)
          const placement = swotPlacement(columns, activeId, dropId)
          const own = columns[quadrant].indexOf(activeId)
          if (own === index) expect(placement).toBeNull()
          else {
            const order = columns[quadrant].filter((id) => id !== activeId)
            expect(placement).toEqual({ quadrant, beforeId: order[index] ?? null })
          }
        }
      }
    }
  })

  it('the end of another quadrant is the quadrant itself', () => {
    expect(dropIdOfSlot(columns, 'a', { quadrant: 'threats', index: 2 })).toBe(quadrantDropId('threats'))
    expect(dropIdOfSlot(columns, 'a', { quadrant: 'threats', index: 0 })).toBe('e')
  })
})
