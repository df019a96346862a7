import { describe, expect, it } from 'vitest'
import { LOCALES, textIn } from '../../../shared/locale/locale'
import { DEFAULT_RESOURCES } from '../../../shared/resources/default-resources'
import {
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  resourceInputSchema,
  resourceSchema,
} from '../../../shared/resources/resource-schema'
import { toFieldErrors } from '../../../shared/validation/field-errors'

describe('default resource catalogue', () => {
  // The seventeen resources of docs/domain.md "The default resource catalogue".
  it('holds the seventeen default resources, each with a distinct stable id', () => {
    expect(DEFAULT_RESOURCES).toHaveLength(17)
    const ids = DEFAULT_RESOURCES.map((resource) => resource.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(DEFAULT_RESOURCES.map((resource) => [resource.id, resource] as const))(
    '%s is valid and has title, provider and description in zh-CN and en',
    (_id, resource) => {
      expect(resourceSchema.parse(resource)).toEqual(resource)
      for (const text of [resource.title, resource.provider, resource.description]) {
        for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('')
        expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/)
      }
    },
  )

  it('names providers by role, never by company', () => {
    for (const resource of DEFAULT_RESOURCES) {
      expect(`${resource.provider['zh-CN']} ${resource.provider.en}`).not.toMatch(/阿里|Alibaba|Taobao|淘宝/i)
    }
  })

  it('uses only known kinds, and labels every kind in both languages', () => {
    for (const resource of DEFAULT_RESOURCES) expect(RESOURCE_KINDS).toContain(resource.kind)
    for (const kind of RESOURCE_KINDS) {
      for (const locale of LOCALES) expect(RESOURCE_KIND_LABELS[kind][locale].trim()).not.toBe('')
    }
  })
})

describe('resource schema (the facilitator’s edits)', () => {
  it('accepts a resource typed in one language only, and shows it in the other as a fallback', () => {
    const parsed = resourceInputSchema.parse({
      kind: 'partnership',
      title: { 'zh-CN': '县供销社' },
      provider: { 'zh-CN': '县供销合作社' },
    })
    expect(parsed.title).toEqual({ 'zh-CN': '县供销社', en: '' })
    expect(parsed.description).toEqual({ 'zh-CN': '', en: '' })
    expect(textIn(parsed.title, 'en')).toBe('县供销社')
  })

  it('refuses a title or provider blank in both languages, on a field the form can show', () => {
    const result = resourceInputSchema.safeParse({
      kind: 'finance',
      title: { 'zh-CN': ' ', en: '' },
      provider: { en: 'County bank' },
    })
    expect(result.success).toBe(false)
    const errors = toFieldErrors(result.error!.issues, 'en')
    expect(errors.map((error) => [error.path, error.key])).toEqual([['title.zh-CN', 'v.oneLanguage']])
  })

  it('refuses an unknown kind', () => {
    expect(
      resourceInputSchema.safeParse({ kind: 'magic', title: { en: 'x' }, provider: { en: 'y' } }).success,
    ).toBe(false)
  })
})
