import { describe, expect, it } from 'vitest'
import { LOCALES, pickLocale } from '../../../shared/locale/locale'
import { localizeFieldErrors } from '../../../shared/validation/field-errors'
import { formatMessage, MESSAGES, type MessageKey } from '../../../shared/validation/messages'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('message catalogue', () => {
  it.each(Object.keys(MESSAGES) as MessageKey[])(
    '%s reads as a sentence in both languages with the same placeholders',
    (key) => {
      const [first, ...others] = LOCALES.map((locale) => MESSAGES[key][locale])
      for (const text of [first, ...others]) {
        expect(text?.trim()).not.toBe('')
        expect(text).toMatch(/[。.！？?]$/)
      }
      for (const text of others) expect(placeholders(text ?? '')).toEqual(placeholders(first ?? ''))
    },
  )

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('v.tooLong', 'en', { maximum: 200 })).toBe('Too long: at most 200 characters.')
    expect(formatMessage('v.tooLong', 'zh-CN')).toContain('{maximum}')
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
