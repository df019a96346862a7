import { describe, expect, it } from 'vitest'
import { commentSchema } from '../../../shared/comments/comment-schema'
import { countyInputSchema } from '../../../shared/county/county-schema'

const comment = (countyName: string) => ({
  id: 'c1',
  replyTo: null,
  anchor: { exercise: 'target-setting', item: null },
  text: '基线数据缺少来源',
  author: { name: '王伟', countyId: 'county1', countyName, countyNameEn: '' },
  createdAt: '2026-12-07T01:00:00.000Z',
})

describe('a comment names its author county as the county is named', () => {
  it('accepts the longest name a county may have', () => {
    const longest = '县'.repeat(100)
    expect(countyInputSchema.safeParse({ name: longest }).success).toBe(true)
    expect(commentSchema.safeParse(comment(longest)).success).toBe(true)
  })

  it('refuses a longer name, and one that is not plain text', () => {
    expect(commentSchema.safeParse(comment('县'.repeat(101))).success).toBe(false)
    expect(commentSchema.safeParse(comment('略阳县\n')).success).toBe(false)
  })
})
