import dayjs from 'dayjs'
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from './plan-years'

/** How every date is stored, and shown in every box, in both languages. */
export const ISO_DATE_FORMAT = 'YYYY-MM-DD'

/**
 * A real calendar day written YYYY-MM-DD: "2019-02-29" and "2018-13-01" are not. dayjs rolls an
 * impossible day over to a real one, so a date is real when it formats back to exactly what was written.
 */
export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    dayjs(value).format(ISO_DATE_FORMAT) === value
  )
}

/** A real day within the plan years: what a plan's date box may write. */
export function isPlanDate(value: unknown): value is string {
  if (!isIsoDate(value)) return false
  const year = Number(value.slice(0, 4))
  return year >= FIRST_PLAN_YEAR && year <= LAST_PLAN_YEAR
}

/** Whole calendar days from one ISO date to another (end − start), on dayjs like every other date rule. */
export const daysBetween = (start: string, end: string): number => dayjs(end).diff(dayjs(start), 'day')
