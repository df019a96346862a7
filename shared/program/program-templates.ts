import type { Agenda } from '../agenda/agenda-schema'
import { createI18n, translator } from '../i18n/translator'
import type { Locale } from '../locale/locale'
import { newId } from '../ids/new-id'
import type { ProgramTemplateId } from '../workshop/workshop-schema'
import { EXERCISE_DEFINITIONS } from '../exercises/exercise-definitions'
import type { ExerciseKind } from './exercise-kinds'
import { programMessages, type ProgramMessageKey } from './program-messages'

interface TemplateItem {
  kind: ExerciseKind
  minutes?: number
  /** Only for `custom` items. */
  title?: ProgramMessageKey
}
interface TemplateSession {
  title: ProgramMessageKey
  startTime: string
  items: TemplateItem[]
}
interface TemplateDay {
  title: ProgramMessageKey
  sessions: TemplateSession[]
}
export interface ProgramTemplate {
  id: ProgramTemplateId
  days: TemplateDay[]
}

const MORNING = 'morning'
const AFTERNOON = 'afternoon'
const OPENING: TemplateItem = { kind: 'custom', title: 'opening' }

/** docs/domain.md "The default run-sheet": situation → resources → targets → action plan → sign-off. */
const STANDARD: ProgramTemplate = {
  id: 'standard-3-day',
  days: [
    {
      title: 'standard-3-day.days.situation',
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
      title: 'standard-3-day.days.resourcesTargets',
      sessions: [
        { title: MORNING, startTime: '09:00', items: [{ kind: 'resource-matching' }] },
        { title: AFTERNOON, startTime: '14:00', items: [{ kind: 'target-setting' }] },
      ],
    },
    {
      title: 'standard-3-day.days.actionsSignOff',
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
  days: [
    {
      title: 'compact-2-day.days.problemsResources',
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
      title: 'compact-2-day.days.targetsActions',
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

const i18n = createI18n()

/** Lays a template out as a workshop's agenda, titled in the workshop's language, with fresh ids. */
export function agendaFromTemplate(templateId: ProgramTemplateId, locale: Locale): Agenda {
  const template = PROGRAM_TEMPLATES[templateId]
  const t = translator(i18n, programMessages, locale)
  return {
    days: template.days.map((day) => ({
      id: newId(),
      title: t(day.title),
      sessions: day.sessions.map((session) => ({
        id: newId(),
        title: t(session.title),
        startTime: session.startTime,
        items: session.items.map((item) => ({
          id: newId(),
          kind: item.kind,
          title: item.title ? t(item.title) : '',
          plannedMinutes: item.minutes ?? EXERCISE_DEFINITIONS[item.kind].defaultMinutes,
        })),
      })),
    })),
  }
}
