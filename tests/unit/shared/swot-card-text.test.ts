import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addSwotCard, setSwotCardText } from '../../../shared/exercises/swot/swot-doc'
import { readPlan } from '../../../shared/live/plan-doc'
import {
  fitSwotCardText,
  SWOT_CARD_TEXT_MAX,
  swotCardTextLength,
} from '../../../shared/exercises/swot/swot-card-text'

describe('a SWOT card’s text limit', () => {
  it('is generous for a point on a board: a thousand characters', () => {
    expect(SWOT_CARD_TEXT_MAX).toBe(1000)
    const paragraph = '略阳乌鸡'.repeat(250)
    expect(fitSwotCardText(paragraph)).toBe(paragraph)
  })

  it('keeps the first thousand characters of a longer text', () => {
    const pasted = '甲'.repeat(3005)
    expect(fitSwotCardText(pasted)).toBe('甲'.repeat(1000))
  })

  it('counts and cuts characters, never half of one', () => {
    const chickens = '🐔'.repeat(1001)
    expect(swotCardTextLength(chickens)).toBe(1001)
    expect(fitSwotCardText(chickens)).toBe('🐔'.repeat(1000))
  })

  it('is what the plan stores, whoever writes the card', () => {
    const doc = new Y.Doc()
    const id = addSwotCard(doc, 'threats', 'x'.repeat(1200))
    expect(readPlan(doc).swot[0]?.text).toHaveLength(1000)
    setSwotCardText(doc, id, 'y'.repeat(3005))
    expect(readPlan(doc).swot[0]?.text).toBe('y'.repeat(1000))
  })
})
