import { describe, expect, it } from 'vitest'
import { docAccess } from '../../../electron/hub/access/doc-authorization'
import type { AccessScope } from '../../../shared/join/join-schema'
import type { LiveDocRef } from '../../../shared/live/doc-names'
import type { ReviewRound } from '../../../shared/review/review-round'

const lueyang: AccessScope = {
  kind: 'group',
  workshopId: 'w1',
  countyId: 'lueyang',
  groupId: 'g1',
  displayName: '王',
}
const round = (exercises: ReviewRound['exercises']): ReviewRound => ({
  kind: 'gallery',
  itemId: null,
  reviews: {},
  counties: [],
  exercises,
})
const targets: LiveDocRef = {
  kind: 'gallery',
  workshopId: 'w1',
  countyId: 'badong',
  exercises: ['target-setting'],
}
const plan: LiveDocRef = { kind: 'plan', workshopId: 'w1', countyId: 'badong' }
const comments: LiveDocRef = { kind: 'comments', workshopId: 'w1', countyId: 'badong' }

describe('a gallery walk open on some exercises', () => {
  it('lets a group read another county only through the projection of exactly those exercises', () => {
    const walk = round(['target-setting'])
    expect(docAccess(lueyang, targets, walk)).toBe('read')
    expect(docAccess(lueyang, plan, walk)).toBe('deny')
    expect(docAccess(lueyang, { ...targets, exercises: ['swot', 'target-setting'] }, walk)).toBe('deny')
    expect(docAccess(lueyang, { ...targets, workshopId: 'w2' }, walk)).toBe('deny')
  })

  it('lets a group comment on another county only through the projection of its comments on those exercises', () => {
    const walk = round(['target-setting'])
    const projected: LiveDocRef = { ...comments, kind: 'galleryComments', exercises: ['target-setting'] }
    expect(docAccess(lueyang, comments, walk)).toBe('deny')
    expect(docAccess(lueyang, projected, walk)).toBe('write')
    expect(docAccess(lueyang, { ...projected, exercises: ['swot'] }, walk)).toBe('deny')
    expect(docAccess(lueyang, projected, null)).toBe('deny')
    // Its own county's comments stay its own to write, whole.
    expect(docAccess(lueyang, { ...comments, countyId: 'lueyang' }, walk)).toBe('write')
    // With every exercise open there is nothing to hide: the comments document itself.
    expect(docAccess(lueyang, comments, round(null))).toBe('write')
    expect(docAccess({ kind: 'facilitator' }, projected, walk)).toBe('read')
  })

  it('refuses every projection once the round ends, or when every exercise is open (the plan is read)', () => {
    expect(docAccess(lueyang, targets, null)).toBe('deny')
    expect(docAccess(lueyang, targets, round(null))).toBe('deny')
    expect(docAccess(lueyang, plan, round(null))).toBe('read')
  })

  it('lets nobody write a projection, not even the facilitator: the hub fills it from the plan', () => {
    expect(docAccess({ kind: 'facilitator' }, targets, round(['target-setting']))).toBe('read')
    expect(docAccess({ kind: 'projector', workshopId: 'w1' }, targets, null)).toBe('read')
  })
})
