import { describe, expect, it } from 'vitest'
import { followUpReportInputSchema } from '../../../shared/follow-up/follow-up-report-schema'
import { followUpRoundInputSchema } from '../../../shared/follow-up/follow-up-round-schema'
import { formatMessage, isMessageKey } from '../../../shared/validation/messages'

const firstMessage = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message

describe('a follow-up round', () => {
  it('is named, dated and says which plan year it judges', () => {
    const round = followUpRoundInputSchema.parse({
      name: ' 2019 年第三季度 ',
      date: '2019-09-30',
      planYear: 2019,
    })
    expect(round).toEqual({ name: '2019 年第三季度', date: '2019-09-30', planYear: 2019 })
  })

  it('refuses a round without a name, with an impossible date or a year outside the plan years', () => {
    expect(
      firstMessage(followUpRoundInputSchema.safeParse({ name: ' ', date: '2019-09-30', planYear: 2019 })),
    ).toBe('v.required')
    expect(
      firstMessage(followUpRoundInputSchema.safeParse({ name: 'Q3', date: '2019-02-29', planYear: 2019 })),
    ).toBe('v.date')
    expect(
      firstMessage(followUpRoundInputSchema.safeParse({ name: 'Q3', date: '2019-09-30', planYear: 1800 })),
    ).toBe('v.year')
  })
})

describe("a county's report", () => {
  const report = {
    indicators: [{ indicatorId: 'i1', actual: 10_150, note: '' }],
    actions: [{ itemId: 'a1', status: 'late', note: '冷链车推迟到货' }],
    matches: [{ itemId: 'm1', status: 'on-track', note: '' }],
    narrative: '网店已上线。',
    reporterName: '王主任',
  }

  it('holds actuals, statuses with notes, a narrative and who reported', () => {
    expect(followUpReportInputSchema.parse(report)).toEqual(report)
  })

  it('leaves an actual empty when it was not reported', () => {
    const parsed = followUpReportInputSchema.parse({
      ...report,
      indicators: [{ indicatorId: 'i1', actual: null }],
    })
    expect(parsed.indicators[0]).toEqual({ indicatorId: 'i1', actual: null, note: '' })
  })

  it('refuses text where a figure belongs and a status outside the list, in words in both languages', () => {
    const text = followUpReportInputSchema.safeParse({
      ...report,
      indicators: [{ indicatorId: 'i1', actual: '10k' }],
    })
    const status = followUpReportInputSchema.safeParse({
      ...report,
      actions: [{ itemId: 'a1', status: 'slow' }],
    })
    for (const result of [text, status]) {
      const key = firstMessage(result)
      expect(isMessageKey(key)).toBe(true)
      if (!isMessageKey(key)) continue
      expect(formatMessage(key, 'zh-CN')).toMatch(/\p{Script=Han}/u)
      expect(formatMessage(key, 'en')).toMatch(/[A-Za-z]{3}/)
    }
  })

  it('says in both languages what to do about an entry outside the plan', () => {
    expect(formatMessage('followUp.unknownEntry', 'zh-CN')).toContain('刷新')
    expect(formatMessage('followUp.unknownEntry', 'en')).toContain('Reload')
  })
})
