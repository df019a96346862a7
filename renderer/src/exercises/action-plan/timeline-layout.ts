import type { Action, PlanInfo } from '../../../../shared/live/plan-schema'

/** The years the timeline spans, both included. */
export interface TimelineSpan {
  startYear: number
  endYear: number
}

/** A position across the span, in percent of its width (0 = 1 January of the first year). */
export interface TimelineBar {
  left: number
  width: number
  /** The action starts before the span or ends after it: the bar is cut at the edge. */
  clippedStart: boolean
  clippedEnd: boolean
}

export interface TimelineRow {
  actionId: string
  /** Null when a date is missing, the end is before the start, or the action lies wholly outside the span. */
  bar: TimelineBar | null
  /** Milestones dated inside the span; the others are listed but not drawn. */
  markers: { milestoneId: string; left: number }[]
}

export interface TimelineLayout {
  span: TimelineSpan
  years: { year: number; left: number; width: number }[]
  rows: TimelineRow[]
}

type TimelineAction = Pick<Action, 'id' | 'startDate' | 'endDate' | 'milestones'>

const DAY = 86_400_000
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY
const newYear = (year: number) => Date.UTC(year, 0, 1) / DAY
const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4))

function datesOf(action: TimelineAction): string[] {
  return [action.startDate, action.endDate, ...action.milestones.map((milestone) => milestone.date)].filter(
    (date): date is string => date !== null,
  )
}

/**
 * The plan's period when it is set (and the right way round); otherwise the years the actions' dates
 * cover, so a timeline shows before anyone has filled in the cover. Null when there is nothing to place.
 */
export function timelineSpan(
  info: Pick<PlanInfo, 'startYear' | 'endYear'>,
  actions: readonly TimelineAction[],
): TimelineSpan | null {
  const { startYear, endYear } = info
  if (startYear !== null && endYear !== null && startYear <= endYear) return { startYear, endYear }
  const years = actions.flatMap(datesOf).map(yearOf)
  if (startYear !== null) years.push(startYear)
  if (endYear !== null) years.push(endYear)
  if (years.length === 0) return null
  return { startYear: Math.min(...years), endYear: Math.max(...years) }
}

/**
 * Where each action's bar and milestones go. A bar runs from the start of its first day to the end of
 * its last (end dates are inclusive), so an action over the whole period fills the whole row.
 */
export function timelineLayout(
  info: Pick<PlanInfo, 'startYear' | 'endYear'>,
  actions: readonly TimelineAction[],
): TimelineLayout | null {
  const span = timelineSpan(info, actions)
  if (!span) return null
  const first = newYear(span.startYear)
  const length = newYear(span.endYear + 1) - first
  const percent = (day: number) => ((day - first) / length) * 100
  const clamp = (value: number) => Math.min(100, Math.max(0, value))

  const years = []
  for (let year = span.startYear; year <= span.endYear; year += 1) {
    const left = percent(newYear(year))
    years.push({ year, left, width: percent(newYear(year + 1)) - left })
  }

  const rows = actions.map((action): TimelineRow => {
    const markers = action.milestones
      .filter((milestone) => milestone.date !== null)
      .map((milestone) => ({ milestoneId: milestone.id, left: percent(dayNumber(milestone.date as string)) }))
      .filter(({ left }) => left >= 0 && left < 100)
    const { startDate, endDate } = action
    if (startDate === null || endDate === null || endDate < startDate)
      return { actionId: action.id, bar: null, markers }
    const start = percent(dayNumber(startDate))
    const end = percent(dayNumber(endDate) + 1)
    if (end <= 0 || start >= 100) return { actionId: action.id, bar: null, markers }
    const left = clamp(start)
    return {
      actionId: action.id,
      bar: { left, width: clamp(end) - left, clippedStart: start < 0, clippedEnd: end > 100 },
      markers,
    }
  })
  return { span, years, rows }
}
