import type { Action, PlanInfo } from '../live/plan-schema'

/**
 * Geometry of the action plan's timeline (a Gantt chart): where each action's bar and milestones sit,
 * as fractions 0–1 of the plan period, so the print view can draw them at any width.
 */
export interface TimelineRange {
  /** Whole calendar years, both included. */
  startYear: number
  endYear: number
}

const DAY_MS = 86_400_000
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4))
const dayNumber = (isoDate: string) =>
  Date.UTC(yearOf(isoDate), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS
const yearStart = (year: number) => Date.UTC(year, 0, 1) / DAY_MS

/** The plan period, widened to every dated action and milestone; null when nothing is dated. */
export function timelineRange(
  info: Pick<PlanInfo, 'startYear' | 'endYear'>,
  actions: readonly Pick<Action, 'startDate' | 'endDate' | 'milestones'>[],
): TimelineRange | null {
  const years = [info.startYear, info.endYear].filter((year): year is number => year !== null)
  for (const action of actions) {
    for (const date of [action.startDate, action.endDate, ...action.milestones.map((m) => m.date)]) {
      if (date) years.push(yearOf(date))
    }
  }
  if (years.length === 0) return null
  return { startYear: Math.min(...years), endYear: Math.max(...years) }
}

/** A date's position in the range: 0 at 1 January of the first year, 1 at the end of the last. */
export function datePosition(isoDate: string, range: TimelineRange): number {
  const from = yearStart(range.startYear)
  const to = yearStart(range.endYear + 1)
  return Math.min(1, Math.max(0, (dayNumber(isoDate) - from) / (to - from)))
}

/** The end of a day, so a bar from 1 April to 1 April still has a visible width of one day. */
const dayEndPosition = (isoDate: string, range: TimelineRange) =>
  Math.min(
    1,
    datePosition(isoDate, range) + 1 / (yearStart(range.endYear + 1) - yearStart(range.startYear) || 1),
  )

export interface TimelineRow {
  actionId: string
  /** Null when the action has no dates; a bar with one date runs to the end (or from the start). */
  bar: { from: number; to: number; openStart: boolean; openEnd: boolean } | null
  milestones: { id: string; title: string; date: string; at: number }[]
}

export function timelineRows(
  actions: readonly Pick<Action, 'id' | 'startDate' | 'endDate' | 'milestones'>[],
  range: TimelineRange,
): TimelineRow[] {
  return actions.map((action) => {
    const { startDate, endDate } = action
    let bar: TimelineRow['bar'] = null
    if (startDate || endDate) {
      const from = startDate ? datePosition(startDate, range) : 0
      const to = endDate ? dayEndPosition(endDate, range) : 1
      bar = { from: Math.min(from, to), to: Math.max(from, to), openStart: !startDate, openEnd: !endDate }
    }
    return {
      actionId: action.id,
      bar,
      milestones: action.milestones.flatMap((milestone) =>
        milestone.date
          ? [
              {
                id: milestone.id,
                title: milestone.title,
                date: milestone.date,
                at: datePosition(milestone.date, range),
              },
            ]
          : [],
      ),
    }
  })
}

/** Year columns of the chart: where each year starts and how wide it is (leap years are a day wider). */
export function yearTicks(range: TimelineRange): { year: number; at: number; width: number }[] {
  const from = yearStart(range.startYear)
  const total = yearStart(range.endYear + 1) - from
  const ticks: { year: number; at: number; width: number }[] = []
  for (let year = range.startYear; year <= range.endYear; year++) {
    ticks.push({
      year,
      at: (yearStart(year) - from) / total,
      width: (yearStart(year + 1) - yearStart(year)) / total,
    })
  }
  return ticks
}
