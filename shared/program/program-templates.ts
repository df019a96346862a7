import type { Agenda } from '../agenda/agenda-schema'
import type { Locale, Localized } from '../locale/locale'
import { newId } from '../ids/new-id'
import type { ProgramTemplateId } from '../workshop/workshop-schema'
import { EXERCISE_DEFINITIONS } from '../exercises/exercise-definitions'
import type { ExerciseKind } from './exercise-kinds'

interface TemplateItem {
  kind: ExerciseKind
  minutes?: number
  /** Only for `custom` items. */
  title?: Localized
}
interface TemplateSession {
  title: Localized
  startTime: string
  items: TemplateItem[]
}
interface TemplateDay {
  title: Localized
  sessions: TemplateSession[]
}
export interface ProgramTemplate {
  id: ProgramTemplateId
  title: Localized
  description: Localized
  days: TemplateDay[]
}

const MORNING: Localized = { 'zh-CN': '上午', en: 'Morning' }
const AFTERNOON: Localized = { 'zh-CN': '下午', en: 'Afternoon' }
const OPENING: TemplateItem = {
  kind: 'custom',
  title: { 'zh-CN': '开班与相互介绍', en: 'Opening and introductions' },
}

/** docs/domain.md "The default run-sheet": situation → resources → targets → action plan → sign-off. */
const STANDARD: ProgramTemplate = {
  id: 'standard-3-day',
  title: { 'zh-CN': '标准三天课程', en: 'Standard three-day programme' },
  description: {
    'zh-CN': '第一天现状分析，第二天资源对接与目标设定，第三天行动计划、预算与审定。',
    en: 'Day 1 situation analysis, day 2 resource matching and targets, day 3 action plan, budget and sign-off.',
  },
  days: [
    {
      title: { 'zh-CN': '现状分析', en: 'Situation analysis' },
      sessions: [
        {
          title: MORNING,
          startTime: '09:00',
          items: [OPENING, { kind: 'county-data-card' }, { kind: 'problem-tree' }],
        },
        {
          title: AFTERNOON,
          startTime: '14:00',
          items: [{ kind: 'swot' }, { kind: 'dot-vote' }, { kind: 'gallery-walk' }],
        },
      ],
    },
    {
      title: { 'zh-CN': '资源对接与目标设定', en: 'Resources and targets' },
      sessions: [
        { title: MORNING, startTime: '09:00', items: [{ kind: 'resource-matching' }] },
        { title: AFTERNOON, startTime: '14:00', items: [{ kind: 'target-setting' }] },
      ],
    },
    {
      title: { 'zh-CN': '行动计划与审定', en: 'Action plan and sign-off' },
      sessions: [
        { title: MORNING, startTime: '09:00', items: [{ kind: 'action-plan' }, { kind: 'budget' }] },
        {
          title: AFTERNOON,
          startTime: '14:00',
          items: [{ kind: 'logframe' }, { kind: 'peer-review' }, { kind: 'sign-off' }],
        },
      ],
    },
  ],
}

/** The pace of the March 2018 Hangzhou class: the same sequence in two days. */
const COMPACT: ProgramTemplate = {
  id: 'compact-2-day',
  title: { 'zh-CN': '紧凑两天课程（2018 杭州班）', en: 'Compact two-day programme (Hangzhou 2018)' },
  description: {
    'zh-CN': '第一天分析问题并对接资源，第二天设定目标、制定行动计划并审定。',
    en: 'Day 1 analyse problems and match resources; day 2 set targets, plan actions and sign off.',
  },
  days: [
    {
      title: { 'zh-CN': '问题分析与资源对接', en: 'Problems and resources' },
      sessions: [
        {
          title: MORNING,
          startTime: '09:00',
          items: [
            { ...OPENING, minutes: 20 },
            { kind: 'county-data-card', minutes: 20 },
            { kind: 'problem-tree', minutes: 60 },
          ],
        },
        {
          title: AFTERNOON,
          startTime: '13:30',
          items: [
            { kind: 'swot', minutes: 45 },
            { kind: 'dot-vote', minutes: 15 },
            { kind: 'gallery-walk', minutes: 20 },
            { kind: 'resource-matching', minutes: 90 },
          ],
        },
      ],
    },
    {
      title: { 'zh-CN': '目标、行动与审定', en: 'Targets, actions and sign-off' },
      sessions: [
        {
          title: MORNING,
          startTime: '09:00',
          items: [
            { kind: 'target-setting', minutes: 90 },
            { kind: 'action-plan', minutes: 90 },
          ],
        },
        {
          title: AFTERNOON,
          startTime: '14:00',
          items: [
            { kind: 'budget', minutes: 30 },
            // The logframe gathers goal, objectives, indicators, assumptions and risks: sections every
            // exported plan has, so even the compact pace keeps it.
            { kind: 'logframe', minutes: 30 },
            { kind: 'peer-review', minutes: 30 },
            { kind: 'sign-off', minutes: 30 },
          ],
        },
      ],
    },
  ],
}

export const PROGRAM_TEMPLATES: Record<ProgramTemplateId, ProgramTemplate> = {
  'standard-3-day': STANDARD,
  'compact-2-day': COMPACT,
}

/** Lays a template out as a workshop's agenda, titled in the workshop's language, with fresh ids. */
export function agendaFromTemplate(templateId: ProgramTemplateId, locale: Locale): Agenda {
  const template = PROGRAM_TEMPLATES[templateId]
  return {
    days: template.days.map((day) => ({
      id: newId(),
      title: day.title[locale],
      sessions: day.sessions.map((session) => ({
        id: newId(),
        title: session.title[locale],
        startTime: session.startTime,
        items: session.items.map((item) => ({
          id: newId(),
          kind: item.kind,
          title: item.title?.[locale] ?? '',
          plannedMinutes: item.minutes ?? EXERCISE_DEFINITIONS[item.kind].defaultMinutes,
        })),
      })),
    })),
  }
}
