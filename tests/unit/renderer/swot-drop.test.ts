import { describe, expect, it } from 'vitest'
import {
  quadrantDropId,
  type SwotColumns,
  swotPlacement,
} from '../../../renderer/src/exercises/swot/swot-drop'

const columns: SwotColumns = {
  strengths: ['a', 'b', 'c'],
  weaknesses: ['d'],
  opportunities: [],
  threats: ['e', 'f'],
}

describe('where a dropped SWOT card goes', () => {
  it('moves nothing when dropped on itself or on nothing', () => {
    expect(swotPlacement(columns, 'a', 'a')).toBeNull()
    expect(swotPlacement(columns, 'a', null)).toBeNull()
    expect(swotPlacement(columns, 'zz', 'a')).toBeNull()
  })

  it('within a quadrant, takes the place of the card it is over, like the sortable shows it', () => {
    // Down: a over c → b, c, a.
    expect(swotPlacement(columns, 'a', 'c')).toEqual({ quadrant: 'strengths', beforeId: null })
    // Down by one: a over b → b, a, c.
    expect(swotPlacement(columns, 'a', 'b')).toEqual({ quadrant: 'strengths', beforeId: 'c' })
    // Up: c over a → c, a, b.
    expect(swotPlacement(columns, 'c', 'a')).toEqual({ quadrant: 'strengths', beforeId: 'a' })
  })

  it('into another quadrant, goes before the card it is over, or to the end of the quadrant', () => {
    expect(swotPlacement(columns, 'a', 'e')).toEqual({ quadrant: 'threats', beforeId: 'e' })
    expect(swotPlacement(columns, 'a', quadrantDropId('threats'))).toEqual({
      quadrant: 'threats',
      beforeId: null,
    })
    expect(swotPlacement(columns, 'a', quadrantDropId('opportunities'))).toEqual({
      quadrant: 'opportunities',
      beforeId: null,
    })
  })

  it('on its own quadrant, goes to the end unless it is there already', () => {
    expect(swotPlacement(columns, 'a', quadrantDropId('strengths'))).toEqual({
      quadrant: 'strengths',
      beforeId: null,
    })
    expect(swotPlacement(columns, 'c', quadrantDropId('strengths'))).toBeNull()
  })
})
