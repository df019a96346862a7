import { describe, expect, it } from 'vitest'
import { agendaSchema, sessionMinutes } from '../../../shared/agenda/agenda-schema'
import { toFieldErrors } from '../../../shared/validation/field-errors'

const item = (over: object = {}) => ({
  id: 'item-0001',
  kind: 'swot',
  title: '',
  plannedMinutes: 60,
  ...over,
})
const agendaWith = (items: object[], startTime = '09:00') => ({
  days: [{ id: 'day-00001', title: '', sessions: [{ id: 'session-01', title: '', startTime, items }] }],
})

function keysOf(input: unknown) {
  const result = agendaSchema.safeParse(input)
  return result.success ? [] : toFieldErrors(result.error.issues, 'en').map((e) => `${e.path}:${e.key}`)
}

describe('agenda', () => {
  it('adds up planned minutes per session', () => {
    const agenda = agendaSchema.parse(agendaWith([item(), item({ id: 'item-0002', plannedMinutes: 25 })]))
    expect(sessionMinutes(agenda.days[0]!.sessions[0]!)).toBe(85)
  })

  it('requires a title for custom items only', () => {
    expect(keysOf(agendaWith([item({ kind: 'custom' })]))).toEqual([
      'days.0.sessions.0.items.0.title:agenda.customNeedsTitle',
    ])
    expect(keysOf(agendaWith([item({ kind: 'custom', title: '午餐 Lunch' })]))).toEqual([])
  })

  it('refuses zero, fractional and over-long durations, unknown kinds and bad start times', () => {
    expect(keysOf(agendaWith([item({ plannedMinutes: 0 })]))).toEqual([
      'days.0.sessions.0.items.0.plannedMinutes:v.tooSmall',
    ])
    expect(keysOf(agendaWith([item({ plannedMinutes: 7.5 })]))).toEqual([
      'days.0.sessions.0.items.0.plannedMinutes:v.integer',
    ])
    expect(keysOf(agendaWith([item({ plannedMinutes: 601 })]))).toEqual([
      'days.0.sessions.0.items.0.plannedMinutes:v.tooBig',
    ])
    expect(keysOf(agendaWith([item({ kind: 'karaoke' })]))).toEqual([
      'days.0.sessions.0.items.0.kind:v.invalid',
    ])
    expect(keysOf(agendaWith([item()], '25:00'))).toEqual(['days.0.sessions.0.startTime:v.time'])
  })

  it('refuses the same id twice, so items stay addressable', () => {
    expect(keysOf(agendaWith([item(), item()]))).toEqual(['days.0.sessions.0.items.1.id:agenda.duplicateId'])
  })
})
