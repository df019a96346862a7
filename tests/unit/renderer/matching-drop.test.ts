import { describe, expect, it } from 'vitest'
import type { Match } from '../../../shared/exercises/resource-matching/resource-matching-schema'
import {
  isMatched,
  matchingDrop,
  needDragId,
  needPlacement,
  parseDragId,
  resourceDragId,
} from '../../../renderer/src/exercises/resource-matching/matching-drop'

const match = (id: string, needId: string | null, resourceId: string): Match => ({
  id,
  needId,
  resourceId,
  resourceTitle: { 'zh-CN': resourceId, en: resourceId },
  resourceProvider: { 'zh-CN': '', en: '' },
  commitment: '',
  owner: '',
  status: 'proposed',
  order: 'a0',
})

const needs = ['chickens', 'herbs', 'roads']
const matches = [match('m1', 'chickens', 'online-shop')]

describe('drag ids on the matching board', () => {
  it('tell resources from need cards, and refuse anything else', () => {
    expect(parseDragId(resourceDragId('online-shop'))).toEqual({ type: 'resource', id: 'online-shop' })
    expect(parseDragId(needDragId('abc:def'))).toEqual({ type: 'need', id: 'abc:def' })
    expect(parseDragId('quadrant:strengths')).toBeNull()
    expect(parseDragId('need:')).toBeNull()
    expect(parseDragId('online-shop')).toBeNull()
  })
})

describe('what a drop on the matching board does', () => {
  it('matches a resource dropped on a need card', () => {
    expect(matchingDrop(needs, matches, resourceDragId('microcredit'), needDragId('chickens'))).toEqual({
      kind: 'match',
      needId: 'chickens',
      resourceId: 'microcredit',
    })
  })

  it('does not match the same resource to the same need twice', () => {
    expect(isMatched(matches, 'chickens', 'online-shop')).toBe(true)
    expect(isMatched(matches, 'herbs', 'online-shop')).toBe(false)
    expect(matchingDrop(needs, matches, resourceDragId('online-shop'), needDragId('chickens'))).toEqual({
      kind: 'already-matched',
      needId: 'chickens',
      resourceId: 'online-shop',
    })
    // The same resource for another need is a new match.
    expect(matchingDrop(needs, matches, resourceDragId('online-shop'), needDragId('herbs'))).toMatchObject({
      kind: 'match',
    })
  })

  it('does nothing when dropped on nothing, on another resource or on a need no longer there', () => {
    expect(matchingDrop(needs, matches, resourceDragId('online-shop'), null)).toBeNull()
    expect(matchingDrop(needs, matches, resourceDragId('a'), resourceDragId('b'))).toBeNull()
    expect(matchingDrop(needs, matches, resourceDragId('a'), needDragId('deleted'))).toBeNull()
  })

  it('reorders need cards like the sortable shows it', () => {
    // Down: chickens over roads → herbs, roads, chickens.
    expect(matchingDrop(needs, matches, needDragId('chickens'), needDragId('roads'))).toEqual({
      kind: 'move-need',
      needId: 'chickens',
      beforeId: null,
    })
    // Up: roads over chickens → roads, chickens, herbs.
    expect(matchingDrop(needs, matches, needDragId('roads'), needDragId('chickens'))).toEqual({
      kind: 'move-need',
      needId: 'roads',
      beforeId: 'chickens',
    })
    expect(matchingDrop(needs, matches, needDragId('herbs'), needDragId('herbs'))).toBeNull()
  })

  it('places a need card after the one it is over when moving down by one', () => {
    expect(needPlacement(needs, 'chickens', 'herbs')).toEqual({ beforeId: 'roads' })
    expect(needPlacement(needs, 'herbs', 'chickens')).toEqual({ beforeId: 'chickens' })
    expect(needPlacement(needs, 'gone', 'chickens')).toBeNull()
  })
})
