import { describe, expect, it } from 'vitest'
import { EXERCISE_DEFINITIONS } from '../../../shared/exercises/exercise-definitions'
import { PLAN_SECTIONS } from '../../../shared/exercises/plan-sections'
import { textsOf } from '../../../shared/exercises/exercise-definition'
import { messageLeaves } from '../../../shared/i18n/catalogue'
import { LOCALES, type Localized } from '../../../shared/locale/locale'
import { EXERCISE_KINDS } from '../../../shared/program/exercise-kinds'

/** Every user-facing string of a definition's catalogue, with where it sits (for a readable failure). */
function stringsOf(kind: (typeof EXERCISE_KINDS)[number]): [string, Localized][] {
  const { messages } = EXERCISE_DEFINITIONS[kind].messages
  const english = new Map(messageLeaves(messages.en))
  return messageLeaves(messages['zh-CN']).map(([key, zh]) => [key, { 'zh-CN': zh, en: english.get(key)! }])
}

/** Kinds that produce no plan content: completeness does not apply to them. */
const NO_PLAN_CONTENT = ['gallery-walk', 'peer-review', 'custom']

describe('exercise definitions', () => {
  it('define every exercise kind, each under its own kind', () => {
    expect(Object.keys(EXERCISE_DEFINITIONS).sort()).toEqual([...EXERCISE_KINDS].sort())
    for (const kind of EXERCISE_KINDS) expect(EXERCISE_DEFINITIONS[kind].kind).toBe(kind)
  })

  it.each(EXERCISE_KINDS)('%s has every string, non-empty, in zh-CN and en', (kind) => {
    const strings = stringsOf(kind)
    expect(strings.length).toBeGreaterThan(3)
    for (const [where, text] of strings) {
      for (const locale of LOCALES) {
        expect(typeof text[locale], `${kind} ${where} ${locale}`).toBe('string')
        expect(text[locale].trim(), `${kind} ${where} ${locale}`).not.toBe('')
      }
      // A Chinese string that is really English (or the reverse) is a missing translation.
      expect(text['zh-CN'], `${kind} ${where}`).toMatch(/[\u4e00-\u9fff]/)
      expect(text.en, `${kind} ${where}`).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it.each(EXERCISE_KINDS)('%s gives steps, prompts, a duration and plan sections', (kind) => {
    const definition = EXERCISE_DEFINITIONS[kind]
    for (const locale of LOCALES) {
      expect(textsOf(definition, locale).instructions.length).toBeGreaterThan(0)
      expect(textsOf(definition, locale).prompts.length).toBeGreaterThan(0)
    }
    expect(Number.isInteger(definition.defaultMinutes)).toBe(true)
    expect(definition.defaultMinutes).toBeGreaterThanOrEqual(5)
    expect(definition.defaultMinutes).toBeLessThanOrEqual(240)
    for (const section of definition.sections) expect(PLAN_SECTIONS).toContain(section)
    expect(new Set(definition.sections).size).toBe(definition.sections.length)
  })

  it.each(EXERCISE_KINDS)('%s has completeness criteria exactly when it fills plan sections', (kind) => {
    const { criteria, sections } = EXERCISE_DEFINITIONS[kind]
    if (NO_PLAN_CONTENT.includes(kind)) {
      expect(criteria).toBeNull()
      expect(sections).toEqual([])
    } else {
      expect(criteria?.length).toBeGreaterThan(0)
      expect(sections.length).toBeGreaterThan(0)
      const ids = criteria!.map((criterion) => criterion.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*$/)
      for (const locale of LOCALES)
        expect(Object.keys(textsOf(EXERCISE_DEFINITIONS[kind], locale).criteria).sort()).toEqual(
          [...ids].sort(),
        )
    }
  })

  it('fill every section of the exported plan except the generated annexes', () => {
    const filled = new Set(EXERCISE_KINDS.flatMap((kind) => EXERCISE_DEFINITIONS[kind].sections))
    expect(PLAN_SECTIONS.filter((section) => !filled.has(section))).toEqual(['annexes'])
  })

  it('each speak through their own i18next namespace', () => {
    const namespaces = EXERCISE_KINDS.map((kind) => EXERCISE_DEFINITIONS[kind].messages.namespace)
    expect(namespaces).toEqual(EXERCISE_KINDS.map((kind) => `exercise-${kind}`))
  })
})
