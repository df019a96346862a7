import { describe, expect, it } from 'vitest'
import { templateTitleIn } from '../../../shared/program/template-titles'

describe('agenda titles a template wrote follow the reader’s language', () => {
  it('shows a Chinese workshop’s template sessions and days in English', () => {
    expect(templateTitleIn('上午', 'en')).toBe('Morning')
    expect(templateTitleIn('下午', 'en')).toBe('Afternoon')
    expect(templateTitleIn('开班与相互介绍', 'en')).toBe('Opening and introductions')
    expect(templateTitleIn('现状分析', 'en')).toBe('Situation analysis')
  })

  it('shows an English workshop’s template titles in Chinese', () => {
    expect(templateTitleIn('Morning', 'zh-CN')).toBe('上午')
    expect(templateTitleIn('Targets, actions and sign-off', 'zh-CN')).toBe('目标、行动与审定')
  })

  it('keeps what the facilitator wrote as written', () => {
    expect(templateTitleIn('茶歇', 'en')).toBe('茶歇')
    expect(templateTitleIn('上午（县长参加）', 'en')).toBe('上午（县长参加）')
    expect(templateTitleIn('Field visit', 'zh-CN')).toBe('Field visit')
  })
})
