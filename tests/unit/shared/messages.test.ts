import { describe, expect, it } from 'vitest'
import { messageLeaves } from '../../../shared/i18n/catalogue'
import { LOCALES, pickLocale } from '../../../shared/locale/locale'
import { localizeFieldErrors } from '../../../shared/validation/field-errors'
import { formatMessage, isMessageKey } from '../../../shared/validation/messages'
import { validationMessages } from '../../../shared/validation/validation-messages'

// Same keys, placeholders and no blanks in both languages: tests/unit/i18n/catalogues.test.ts, for every catalogue.
describe('validation and API messages', () => {
  it.each(LOCALES)('read as sentences in %s', (locale) => {
    const unfinished = messageLeaves(validationMessages.messages[locale]).filter(
      ([, text]) => !/[。.！？?]$/.test(text),
    )
    expect(unfinished).toEqual([])
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('v.tooLong', 'en', { maximum: 200 })).toBe('Too long: at most 200 characters.')
    expect(formatMessage('v.tooLong', 'zh-CN')).toContain('{{maximum}}')
  })

  it('answers in the language asked for, whatever was asked before', () => {
    expect(formatMessage('join.closed', 'en')).toMatch(/^The facilitator/)
    expect(formatMessage('join.closed', 'zh-CN')).toBe('主持人尚未开放局域网加入。请稍后再试。')
    expect(formatMessage('join.closed', 'en')).toMatch(/^The facilitator/)
  })

  it('knows its keys, and only the full ones', () => {
    expect(isMessageKey('v.required')).toBe(true)
    expect(isMessageKey('v')).toBe(false)
    expect(isMessageKey('v.nothing')).toBe(false)
    expect(isMessageKey(42)).toBe(false)
  })

  it('re-renders field errors when the user switches language', () => {
    const [error] = localizeFieldErrors(
      [{ path: 'title', key: 'v.required', params: {}, message: 'This field is required.' }],
      'zh-CN',
    )
    expect(error?.message).toBe('此项为必填项。')
  })
})

describe('locale choice', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW,zh;q=0.9', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['de', 'zh-CN'],
    ['en_GB.UTF-8', 'en'],
  ])('%s → %s', (preference, expected) => {
    expect(pickLocale(preference)).toBe(expected)
  })
})
