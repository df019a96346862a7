import type { Agenda, AgendaDay, AgendaItem, AgendaSession } from '../agenda/agenda-schema'

/** One agenda item in running order, with the day and session it sits in. */
export interface RunItem {
  item: AgendaItem
  day: AgendaDay
  session: AgendaSession
  /** 0-based position in the whole agenda. */
  index: number
  dayIndex: number
}

/** The agenda as the facilitator walks it: day by day, session by session, item by item. */
export function runOrder(agenda: Agenda): RunItem[] {
  const items: RunItem[] = []
  agenda.days.forEach((day, dayIndex) => {
    for (const session of day.sessions) {
      for (const item of session.items) items.push({ item, day, session, index: items.length, dayIndex })
    }
  })
  return items
}

export function findRunItem(order: readonly RunItem[], itemId: string | null): RunItem | null {
  if (itemId === null) return null
  return order.find((entry) => entry.item.id === itemId) ?? null
}

/**
 * The item after the current one; with nothing current (the class has not started, or the current item
 * was deleted from the agenda) the first item, so "next" always starts the day.
 */
export function nextRunItem(order: readonly RunItem[], itemId: string | null): RunItem | null {
  const current = findRunItem(order, itemId)
  if (!current) return order[0] ?? null
  return order[current.index + 1] ?? null
}

/** The item before the current one; null at the very start. */
export function previousRunItem(order: readonly RunItem[], itemId: string | null): RunItem | null {
  const current = findRunItem(order, itemId)
  if (!current) return null
  return order[current.index - 1] ?? null
}
