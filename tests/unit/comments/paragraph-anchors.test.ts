import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { anchoredItem, anchorItems, anchorOf } from '../../../shared/comments/comment-anchors'
import { commentSchema, type CommentAnchor } from '../../../shared/comments/comment-schema'
import { readPlan } from '../../../shared/live/plan-doc'
import { planProse } from '../../../shared/live/plan-roots'
import { setProseParagraphs } from '../../../shared/live/prose-text'

const FIRST = '略阳县地处秦巴山区，2018 年尚有贫困人口约 3.2 万人，主要分布在山区乡镇。'
const SECOND = '略阳乌鸡是国家地理标志产品，每只网上销售比集市多赚约 75 元。'
const THIRD = '冷链物流和电商人才不足，是农产品上行的主要短板。'

function planWith(paragraphs: string[]) {
  const doc = new Y.Doc()
  setProseParagraphs(planProse(doc, 'situationSummary'), paragraphs)
  return readPlan(doc)
}

/** The anchor a comment on the summary's paragraph at `index` keeps, as the drawer makes it. */
function anchorOn(paragraphs: string[], index: number): CommentAnchor {
  const item = anchorItems(planWith(paragraphs), 'county-data-card').find((it) => it.id === `p${index}`)!
  return { exercise: 'county-data-card', item: anchorOf(item) }
}

describe('a comment anchored to a paragraph of the situation summary', () => {
  it('offers each paragraph that says something, by its opening words, and keeps them in the anchor', () => {
    const items = anchorItems(planWith([FIRST, '', SECOND]), 'county-data-card')
    expect(items.map((item) => [item.kind, item.id, item.label])).toEqual([
      ['paragraph', 'p0', '略阳县地处秦巴山区，2018 年尚有贫困人口约…'],
      ['paragraph', 'p2', '略阳乌鸡是国家地理标志产品，每只网上销售比集市多…'],
    ])
    const anchor = anchorOn([FIRST, SECOND], 1)
    expect(anchor.item).toEqual({
      kind: 'paragraph',
      id: 'p1',
      excerpt: '略阳乌鸡是国家地理标志产品，每只网上销售比集市多',
    })
    // The hub's schema takes the opening words with the comment.
    const comment = {
      id: 'c1',
      replyTo: null,
      anchor,
      text: '能否写明数据来源？',
      author: { name: '李娜', countyId: 'hefeng', countyName: '鹤峰县', countyNameEn: 'Hefeng County' },
      createdAt: '2026-12-07T01:00:00.000Z',
    }
    expect(commentSchema.parse(comment).anchor).toEqual(anchor)
  })

  it('finds its paragraph again after paragraphs are added above it and its end is edited', () => {
    const anchor = anchorOn([FIRST, SECOND, THIRD], 1)
    const later = planWith(['新增的第一段。', FIRST, `${SECOND}2019 年目标翻番。`, THIRD])
    expect(anchoredItem(later, anchor)).toMatchObject({ id: 'p2', kind: 'paragraph' })
  })

  it('stays, marked deleted with its opening words, once the paragraph is gone', () => {
    const anchor = anchorOn([FIRST, SECOND, THIRD], 1)
    expect(anchoredItem(planWith([FIRST, THIRD]), anchor)).toBe('deleted')
    expect(anchor.item?.excerpt).toBe('略阳乌鸡是国家地理标志产品，每只网上销售比集市多')
  })
})
