import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { galleryCommentsDocName, galleryDocName, parseDocName } from '../../../shared/live/doc-names'
import { galleryRoots, shownExercises } from '../../../shared/review/gallery-exercises'
import { readReviewRound, startReviewRound } from '../../../shared/review/review-round'
import { sessionState } from '../../../shared/live/session-doc'

const ws = 'workshop-1'
const county = 'county-1'

describe('a gallery walk on chosen exercises', () => {
  it('names a projection by its exercises in the programme’s order, and only so', () => {
    const name = galleryDocName(ws, county, ['swot', 'county-data-card'])
    expect(name).toBe(`gallery/${ws}/${county}/county-data-card.swot`)
    expect(parseDocName(name)).toEqual({
      kind: 'gallery',
      workshopId: ws,
      countyId: county,
      exercises: ['county-data-card', 'swot'],
    })
    for (const other of ['swot.county-data-card', 'swot.swot', 'custom', 'swot.', ''])
      expect(parseDocName(`gallery/${ws}/${county}/${other}`), other).toBeNull()
  })

  it('names the projection of a county’s comments on the open exercises the same way', () => {
    const name = galleryCommentsDocName(ws, county, ['swot', 'county-data-card'])
    expect(name).toBe(`gallery-comments/${ws}/${county}/county-data-card.swot`)
    expect(parseDocName(name)).toEqual({
      kind: 'galleryComments',
      workshopId: ws,
      countyId: county,
      exercises: ['county-data-card', 'swot'],
    })
    expect(parseDocName(`gallery-comments/${ws}/${county}/swot.county-data-card`)).toBeNull()
  })

  it('sends a reader the roots of the open exercises, and of what shows them, only', () => {
    const roots = galleryRoots(['target-setting'])
    expect([...roots].sort()).toEqual(['benefit', 'indicators', 'meta'])
    expect(shownExercises(['swot'])).toEqual(['swot', 'dot-vote'])
    expect(galleryRoots(['swot']).has('dotResults')).toBe(true)
  })

  it('records the open exercises in the round, and refuses to write a round that names others', () => {
    const doc = new Y.Doc()
    startReviewRound(doc, { kind: 'gallery', itemId: null, reviews: {}, exercises: ['target-setting'] })
    expect(readReviewRound(doc)?.exercises).toEqual(['target-setting'])
    for (const exercises of [[], ['custom'], ['swot', 'county-data-card']])
      expect(() =>
        startReviewRound(doc, { kind: 'gallery', itemId: null, reviews: {}, exercises } as never),
      ).toThrow()
    // A round written by an older console has no list: every exercise is open.
    sessionState(doc).set('review', { kind: 'gallery', itemId: null, reviews: {}, counties: [] })
    expect(readReviewRound(doc)?.exercises).toBeNull()
  })
})
