import { describe, expect, it } from 'vitest'
import { countyInputSchema } from '../../../shared/county/county-schema'
import { groupInputSchema } from '../../../shared/group/group-schema'
import { joinRequestSchema } from '../../../shared/join/join-schema'
import { resourceInputSchema } from '../../../shared/resources/resource-schema'
import { isPlainText, withoutUnsafeCharacters } from '../../../shared/validation/plain-text'

const UNSAFE = {
  NUL: '\u0000',
  ESC: '\u001b',
  DEL: '\u007f',
  'C1 (CSI)': '\u009b',
  'right-to-left override': '\u202e',
  'left-to-right embedding': '\u202a',
  'first strong isolate': '\u2068',
  'pop directional isolate': '\u2069',
}

describe('plain text', () => {
  it.each(Object.entries(UNSAFE))('refuses %s, on one line or several', (_name, character) => {
    expect(isPlainText(`略阳${character}县`)).toBe(false)
    expect(isPlainText(`略阳${character}县`, { multiline: true })).toBe(false)
  })

  it('keeps line breaks and tabs only where a text may run over several lines', () => {
    for (const text of ['第一行\n第二行', 'a\tb', 'a\r\nb']) {
      expect(isPlainText(text)).toBe(false)
      expect(isPlainText(text, { multiline: true })).toBe(true)
    }
  })

  it('lets every ordinary character through: Chinese, punctuation, emoji, zero-width joiner', () => {
    expect(isPlainText('略阳县 Lueyang（陕西）“乌鸡” 👩‍🌾 ¥75')).toBe(true)
  })

  it('strips what it refuses, where nothing can refuse it', () => {
    expect(withoutUnsafeCharacters('王\u202e伟\u0000\u001b[31m')).toBe('王伟[31m')
    expect(withoutUnsafeCharacters('a\nb', { multiline: true })).toBe('a\nb')
  })
})

describe('every schema at the boundary uses it', () => {
  const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((issue) => issue.message)

  it('refuses a join name with NUL, ESC or U+202E, saying why', () => {
    for (const character of ['\u0000', '\u001b', '\u202e']) {
      const result = joinRequestSchema.safeParse({ code: 'ABCDEF', displayName: `王${character}伟` })
      expect(messageOf(result)).toContain('v.controlCharacters')
    }
  })

  it('refuses a county, group or member name with one, and a line break in a name', () => {
    expect(messageOf(countyInputSchema.safeParse({ name: '略阳\u202e县' }))).toContain('v.controlCharacters')
    expect(messageOf(countyInputSchema.safeParse({ name: '略阳\n县' }))).toContain('v.controlCharacters')
    const group = { countyId: 'county-0001', name: '一组', members: [{ name: '王\u0000伟' }] }
    expect(messageOf(groupInputSchema.safeParse(group))).toContain('v.controlCharacters')
  })

  it('keeps line breaks in notes and descriptions', () => {
    expect(countyInputSchema.safeParse({ name: '略阳县', notes: '一\n二\t三' }).success).toBe(true)
    const resource = {
      kind: 'skills',
      title: { 'zh-CN': '电商培训' },
      provider: { 'zh-CN': '商务局' },
      description: { 'zh-CN': '第一行\n第二行' },
    }
    expect(resourceInputSchema.safeParse(resource).success).toBe(true)
    const bidi = { ...resource, title: { 'zh-CN': '电商\u2066培训' } }
    expect(messageOf(resourceInputSchema.safeParse(bidi))).toContain('v.controlCharacters')
  })
})
