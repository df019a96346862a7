import { describe, expect, it } from 'vitest'
import { agendaSchema, dayMinutes } from '../../../shared/agenda/agenda-schema'
import { LOCALES } from '../../../shared/locale/locale'
import { EXERCISE_DEFINITIONS, exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import { EXERCISE_KINDS } from '../../../shared/program/exercise-kinds'
import { createI18n, translator } from '../../../shared/i18n/translator'
import { programMessages } from '../../../shared/program/program-messages'
import { agendaFromTemplate, PROGRAM_TEMPLATES } from '../../../shared/program/program-templates'
import { PROGRAM_TEMPLATE_IDS } from '../../../shared/workshop/workshop-schema'

/**
 * The plan's order (docs/domain.md "The default run-sheet"): each stage must come after the one it
 * builds on.
 */
const RUN_SHEET_ORDER = [
  'county-data-card',
  'problem-tree',
  'swot',
  'resource-matching',
  'target-setting',
  'action-plan',
  'sign-off',
]

describe('default programme', () => {
  it('names every exercise kind in Chinese and English', () => {
    for (const kind of EXERCISE_KINDS) {
      for (const locale of LOCALES) expect(exerciseTitle(kind, locale).trim()).not.toBe('')
      expect(EXERCISE_DEFINITIONS[kind].defaultMinutes).toBeGreaterThan(0)
    }
  })

  it.each(PROGRAM_TEMPLATE_IDS)(
    '%s lays out a valid agenda in the run-sheet order, in both languages',
    (id) => {
      for (const locale of LOCALES) {
        const t = translator(createI18n(), programMessages, locale)
        const agenda = agendaSchema.parse(agendaFromTemplate(id, locale))
        const kinds = agenda.days.flatMap((day) => day.sessions.flatMap((s) => s.items.map((i) => i.kind)))
        const positions = RUN_SHEET_ORDER.map((kind) => kinds.indexOf(kind as (typeof kinds)[number]))
        expect(positions.every((p) => p >= 0)).toBe(true)
        expect([...positions].sort((a, b) => a - b)).toEqual(positions)
        for (const day of agenda.days) {
          expect(day.title).toBe(t(PROGRAM_TEMPLATES[id].days[agenda.days.indexOf(day)]!.title))
          expect(dayMinutes(day)).toBeLessThanOrEqual(8 * 60)
        }
      }
    },
  )

  it("titles the new agenda in the workshop's language", () => {
    const titles = (locale: 'zh-CN' | 'en') => {
      const [day] = agendaFromTemplate('standard-3-day', locale).days
      return [day?.title, day?.sessions[0]?.title, day?.sessions[0]?.items[0]?.title]
    }
    expect(titles('zh-CN')).toEqual(['现状分析', '上午', '开班与相互介绍'])
    expect(titles('en')).toEqual(['Situation analysis', 'Morning', 'Opening and introductions'])
  })

  it('the compact programme takes two days and the standard one three', () => {
    expect(agendaFromTemplate('compact-2-day', 'en').days).toHaveLength(2)
    expect(agendaFromTemplate('standard-3-day', 'en').days).toHaveLength(3)
  })

  it('gives every day, session and item a distinct id', () => {
    const agenda = agendaFromTemplate('standard-3-day', 'zh-CN')
    const ids = agenda.days.flatMap((d) => [
      d.id,
      ...d.sessions.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]),
    ])
    expect(new Set(ids).size).toBe(ids.length)
  })
})
