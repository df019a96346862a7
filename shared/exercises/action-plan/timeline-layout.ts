import dayjs from 'dayjs'
import type { Action } from './action-plan-schema'

/**
 * The action plan's timeline (a Gantt chart), laid out once for every screen that draws it: the step,
 * the projector and the PDF. Positions are fractions 0–1 of the axis, so each can draw at any width.
 *
 * No action is ever left out: the axis spans the plan period widened to every dated action and
 * milestone, so nothing is cut; an action whose end is before its start is drawn between its two dates
 * and marked; an action with one date runs to the edge of the axis and is marked; the plan period is
 * shaded and an action beyond it is marked. Only an action with no date at all has no bar.
 */

export type TimelineMark = 'endBeforeStart' | 'noStartDate' | 'noEndDate' | 'beforePeriod' | 'afterPeriod'

export interface TimelineBar {
  from: number
  to: number
  /** Runs to the edge of the axis: the action has no start (or no end) date. */
  openStart: boolean
  openEnd: boolean
}

export interface TimelineRow {
  actionId: string
  /** Null only when the action has no date. */
  bar: TimelineBar | null
  marks: TimelineMark[]
  /** Dated milestones, each where its day starts. */
  milestones: { id: string; title: string; date: string; at: number }[]
}

export interface TimelineLayout {
  /** Whole calendar years, both included. */
  startYear: number
  endYear: number
  /** Where each year starts and how wide it is (leap years are a day wider). */
  years: { year: number; at: number; width: number }[]
  /** The plan period, shaded; null while the cover gives no period, or gives it the wrong way round. */
  period: { from: number; to: number } | null
  rows: TimelineRow[]
}

export type TimelineAction = Pick<Action, 'id' | 'startDate' | 'endDate' | 'milestones'>
export interface TimelinePeriod {
  startYear: number | null
  endYear: number | null
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4))
const newYear = (year: number) => dayjs(`${String(year).padStart(4, '0')}-01-01`)

function datesOf(action: TimelineAction): string[] {
  return [action.startDate, action.endDate, ...action.milestones.map((milestone) => milestone.date)].filter(
    (date): date is string => date !== null,
  )
}

/** The bar between the dates the action has, earlier first, and what is odd about it. */
function barOf(
  { startDate, endDate }: TimelineAction,
  dayStart: (isoDate: string) => number,
  dayEnd: (isoDate: string) => number,
): { bar: TimelineBar | null; marks: TimelineMark[]; first: string | null; last: string | null } {
  if (startDate && endDate) {
    const [first, last] = endDate < startDate ? [endDate, startDate] : [startDate, endDate]
    const bar = { from: dayStart(first), to: dayEnd(last), openStart: false, openEnd: false }
    return { bar, marks: endDate < startDate ? ['endBeforeStart'] : [], first, last }
  }
  if (startDate) {
    const bar = { from: dayStart(startDate), to: 1, openStart: false, openEnd: true }
    return { bar, marks: ['noEndDate'], first: startDate, last: null }
  }
  if (endDate) {
    const bar = { from: 0, to: dayEnd(endDate), openStart: true, openEnd: false }
    return { bar, marks: ['noStartDate'], first: null, last: endDate }
  }
  return { bar: null, marks: [], first: null, last: null }
}

/** The timeline of the plan's actions, in their order; null when neither the period nor any action has a year. */
export function timelineLayout(
  period: TimelinePeriod,
  actions: readonly TimelineAction[],
): TimelineLayout | null {
  const years = actions.flatMap(datesOf).map(yearOf)
  for (const year of [period.startYear, period.endYear]) if (year !== null) years.push(year)
  if (years.length === 0) return null
  const startYear = Math.min(...years)
  const endYear = Math.max(...years)
  const origin = newYear(startYear)
  const total = newYear(endYear + 1).diff(origin, 'day')
  const dayStart = (isoDate: string) => dayjs(isoDate).diff(origin, 'day') / total
  // End dates are inclusive: a bar runs to the end of its last day, so one day is a sliver, not nothing.
  const dayEnd = (isoDate: string) => (dayjs(isoDate).diff(origin, 'day') + 1) / total
  const yearAt = (year: number) => newYear(year).diff(origin, 'day') / total

  const shaded =
    period.startYear !== null && period.endYear !== null && period.startYear <= period.endYear
      ? { startYear: period.startYear, endYear: period.endYear }
      : null
  const rows = actions.map((action): TimelineRow => {
    const { bar, marks, first, last } = barOf(action, dayStart, dayEnd)
    if (shaded && first && yearOf(first) < shaded.startYear) marks.push('beforePeriod')
    if (shaded && last && yearOf(last) > shaded.endYear) marks.push('afterPeriod')
    return {
      actionId: action.id,
      bar,
      marks,
      milestones: action.milestones.flatMap(({ id, title, date }) =>
        date ? [{ id, title, date, at: dayStart(date) }] : [],
      ),
    }
  })
  const yearList = []
  for (let year = startYear; year <= endYear; year += 1)
    yearList.push({ year, at: yearAt(year), width: yearAt(year + 1) - yearAt(year) })
  return {
    startYear,
    endYear,
    years: yearList,
    period: shaded && { from: yearAt(shaded.startYear), to: yearAt(shaded.endYear + 1) },
    rows,
  }
}
