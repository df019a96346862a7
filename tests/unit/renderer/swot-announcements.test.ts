import type { Active, Over } from '@dnd-kit/core'
import { describe, expect, it } from 'vitest'
import { swotAnnouncements } from '../../../renderer/src/exercises/swot/swot-announcements'
import { quadrantDropId, type SwotColumns } from '../../../renderer/src/exercises/swot/swot-drop'
import { swotUiMessages } from '../../../renderer/src/exercises/swot/swot-ui-messages'
import { createI18n, translator } from '../../../shared/i18n/translator'

const columns: SwotColumns = {
  strengths: ['herbs'],
  weaknesses: [],
  opportunities: ['aid'],
  threats: ['flu', 'prices'],
}
const texts: Record<string, string> = {
  herbs: '中药材',
  aid: '东西部协作',
  flu: '禽流感',
  prices: '价格波动',
}

const active = (id: string) => ({ id }) as Active
const over = (id: string) => ({ id }) as Over

function announcer() {
  const t = translator(createI18n('zh-CN'), swotUiMessages, 'zh-CN')
  return swotAnnouncements(t, columns, (id) => texts[id] ?? id, { moved: false })
}

describe('what a screen reader hears while a SWOT card moves', () => {
  it('on pick-up, the card’s own quadrant and position — not "not over any quadrant"', () => {
    const say = announcer()
    expect(say.onDragStart({ active: active('prices') })).toBe('已拿起卡片“价格波动”，位于“威胁”第 2 位。')
    // dnd-kit then reports the card over its own place: the pick-up message stays.
    expect(say.onDragOver?.({ active: active('prices'), over: over('prices') })).toBeUndefined()
  })

  it('where it would land, and that it is back in its own place when it returns', () => {
    const say = announcer()
    say.onDragStart({ active: active('prices') })
    expect(say.onDragOver?.({ active: active('prices'), over: over('aid') })).toBe('将放到“机会”第 1 位。')
    expect(say.onDragOver?.({ active: active('prices'), over: over(quadrantDropId('weaknesses')) })).toBe(
      '将放到“劣势”第 1 位。',
    )
    expect(say.onDragOver?.({ active: active('prices'), over: over('prices') })).toBe(
      '回到原处：“威胁”第 2 位。',
    )
    expect(say.onDragEnd({ active: active('prices'), over: over('aid') })).toBe(
      '卡片“价格波动”已移到“机会”第 1 位。',
    )
  })

  it('a new pick-up starts afresh', () => {
    const say = announcer()
    say.onDragStart({ active: active('prices') })
    say.onDragOver?.({ active: active('prices'), over: over('aid') })
    say.onDragEnd({ active: active('prices'), over: over('aid') })
    say.onDragStart({ active: active('flu') })
    expect(say.onDragOver?.({ active: active('flu'), over: over('flu') })).toBeUndefined()
  })
})
