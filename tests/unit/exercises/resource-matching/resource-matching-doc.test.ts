import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addMatch,
  addNeed,
  deleteMatch,
  deleteNeed,
  moveMatch,
  moveNeed,
  RESOURCE_MATCHING_ROOTS,
  updateMatch,
  updateNeed,
} from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import { readResourceMatching } from '../../../../shared/exercises/resource-matching/resource-matching-read'
import { DEFAULT_RESOURCES } from '../../../../shared/resources/default-resources'

const shop = DEFAULT_RESOURCES.find((resource) => resource.id === 'online-shop')!

describe('resource matching in the plan document', () => {
  it('writes only under the roots it names, so a lock on the exercise can guard them', () => {
    const doc = new Y.Doc()
    const chicken = addNeed(doc, { kind: 'product', text: '略阳乌鸡' })
    const road = addNeed(doc, { text: '村道硬化' })
    const match = addMatch(doc, chicken, shop)
    updateNeed(doc, road, { kind: 'need' })
    updateMatch(doc, match, { status: 'agreed' })
    moveNeed(doc, road, chicken)
    moveMatch(doc, match, { needId: road })
    deleteMatch(doc, match)
    deleteNeed(doc, chicken)
    expect([...doc.share.keys()].sort()).toEqual([...RESOURCE_MATCHING_ROOTS].sort())
  })

  it('reads its part of the plan on its own', () => {
    const doc = new Y.Doc()
    const need = addNeed(doc, { kind: 'product', text: '略阳乌鸡' })
    const match = addMatch(doc, need, shop, { owner: '县商务局' })
    expect(readResourceMatching(doc)).toMatchObject({
      needs: [{ id: need, kind: 'product', text: '略阳乌鸡' }],
      matches: [
        { id: match, needId: need, resourceId: 'online-shop', owner: '县商务局', status: 'proposed' },
      ],
    })
  })
})
