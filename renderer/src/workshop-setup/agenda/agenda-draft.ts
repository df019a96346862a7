import {
  dayMinutes,
  sessionMinutes,
  type Agenda,
  type AgendaDay,
  type AgendaItem,
  type AgendaSession,
} from '../../../../shared/agenda/agenda-schema'
import { newId } from '../../../../shared/ids/new-id'
import { EXERCISE_DEFINITIONS } from '../../../../shared/exercises/exercise-definitions'

/**
 * The agenda while it is being edited. It differs from the saved Agenda in one way only: a minutes
 * field may be empty (null) while the user retypes it; the shared schema reports that on save.
 */
export type DraftItem = Omit<AgendaItem, 'plannedMinutes'> & { plannedMinutes: number | null }
export type DraftSession = Omit<AgendaSession, 'items'> & { items: DraftItem[] }
export type DraftDay = Omit<AgendaDay, 'sessions'> & { sessions: DraftSession[] }
export interface AgendaDraft {
  days: DraftDay[]
}

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((entry, at) => (at === index ? value : entry))
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_entry, at) => at !== index)
}

/** Moves one entry up (delta −1) or down (+1); a move past either end changes nothing. */
export function moveAt<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list]
  const next = [...list]
  const [entry] = next.splice(index, 1)
  next.splice(target, 0, entry as T)
  return next
}

/** A new item is a custom one (a break, a plenary): it only needs a title and its minutes. */
export function newItem(): DraftItem {
  return {
    id: newId(),
    kind: 'custom',
    title: '',
    plannedMinutes: EXERCISE_DEFINITIONS.custom.defaultMinutes,
  }
}

/** A new session starts where the previous one of the day ended, or at 09:00. */
export function newSession(previous?: DraftSession): DraftSession {
  const startTime = previous ? (endOfSession(previous) ?? '09:00') : '09:00'
  return { id: newId(), title: '', startTime, items: [] }
}

export function newDay(): DraftDay {
  return { id: newId(), title: '', sessions: [newSession()] }
}

const counted = (session: DraftSession): AgendaSession => ({
  ...session,
  items: session.items.map((item) => ({ ...item, plannedMinutes: item.plannedMinutes ?? 0 })),
})

/** Totals count an empty minutes field as 0 until it is filled in. */
export const draftSessionMinutes = (session: DraftSession): number => sessionMinutes(counted(session))
export const draftDayMinutes = (day: DraftDay): number =>
  dayMinutes({ ...day, sessions: day.sessions.map(counted) })

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** HH:MM plus minutes; null when the start time is not a valid time yet. */
export function timeAfter(startTime: string, minutes: number): string | null {
  const match = TIME.exec(startTime)
  if (!match) return null
  const total = (Number(match[1]) * 60 + Number(match[2]) + minutes) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

export function endOfSession(session: DraftSession): string | null {
  return timeAfter(session.startTime, draftSessionMinutes(session))
}

/** When each item of a session starts, from the session's start and the items before it. */
export function itemStartTimes(session: DraftSession): (string | null)[] {
  let elapsed = 0
  return session.items.map((item) => {
    const start = timeAfter(session.startTime, elapsed)
    elapsed += item.plannedMinutes ?? 0
    return start
  })
}

export const isSameAgenda = (draft: AgendaDraft, saved: Agenda): boolean =>
  JSON.stringify(draft) === JSON.stringify(saved)
