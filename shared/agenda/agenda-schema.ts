import { z } from 'zod'
import { EXERCISE_KINDS } from '../program/exercise-kinds'
import { idSchema, optionalText } from '../validation/common-fields'

export const MAX_ITEM_MINUTES = 600

export const agendaItemSchema = z
  .object({
    id: idSchema,
    kind: z.enum(EXERCISE_KINDS, 'v.invalid'),
    /** Overrides the exercise's own title; required for `custom` items. */
    title: optionalText(200),
    plannedMinutes: z
      .number('v.number')
      .int('v.integer')
      .min(1, 'v.tooSmall')
      .max(MAX_ITEM_MINUTES, 'v.tooBig'),
  })
  .superRefine((item, ctx) => {
    if (item.kind === 'custom' && item.title === '') {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'agenda.customNeedsTitle' })
    }
  })
export type AgendaItem = z.output<typeof agendaItemSchema>

export const agendaSessionSchema = z.object({
  id: idSchema,
  title: optionalText(200),
  /** Local wall-clock start, HH:MM. */
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'v.time'),
  items: z.array(agendaItemSchema).max(50, 'v.tooMany'),
})
export type AgendaSession = z.output<typeof agendaSessionSchema>

export const agendaDaySchema = z.object({
  id: idSchema,
  title: optionalText(200),
  sessions: z.array(agendaSessionSchema).max(12, 'v.tooMany'),
})
export type AgendaDay = z.output<typeof agendaDaySchema>

/** The whole agenda of a workshop; it is saved and replaced as one document. */
export const agendaSchema = z
  .object({ days: z.array(agendaDaySchema).max(31, 'v.tooMany') })
  .superRefine((agenda, ctx) => {
    // Live session state points at items by id, so an id must name exactly one day, session or item.
    const seen = new Set<string>()
    const claim = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: 'agenda.duplicateId' })
      seen.add(id)
    }
    agenda.days.forEach((day, d) => {
      claim(day.id, ['days', d])
      day.sessions.forEach((session, s) => {
        claim(session.id, ['days', d, 'sessions', s])
        session.items.forEach((item, i) => claim(item.id, ['days', d, 'sessions', s, 'items', i]))
      })
    })
  })
export type Agenda = z.output<typeof agendaSchema>
export type AgendaInput = z.input<typeof agendaSchema>

export function sessionMinutes(session: AgendaSession): number {
  return session.items.reduce((sum, item) => sum + item.plannedMinutes, 0)
}

export function dayMinutes(day: AgendaDay): number {
  return day.sessions.reduce((sum, session) => sum + sessionMinutes(session), 0)
}
