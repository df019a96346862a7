import type { FollowUpReport, IndicatorTarget, ItemStatus } from './follow-up-report-schema'
import { ITEM_STATUSES } from './follow-up-report-schema'
import { statusOf } from './report-entries'

/**
 * The review arithmetic: target against actual, people lifted against the plan, actions by status. Every
 * indicator is read as "more is better" (people and households lifted, villages exited, income): the plan's
 * indicators have no direction of their own, and the plans of the class state all their targets this way.
 */

export type IndicatorState = 'met' | 'behind' | 'no-target' | 'not-reported'

export interface IndicatorProgress {
  indicator: IndicatorTarget
  actual: number | null
  state: IndicatorState
  /** How far below the target the actual is (0 when met); null without both figures. */
  gap: number | null
}

/** Met when the actual reaches the round year's target; the gap is what is still missing. */
export function indicatorProgress(indicator: IndicatorTarget, actual: number | null): IndicatorProgress {
  if (actual === null) return { indicator, actual, state: 'not-reported', gap: null }
  if (indicator.target === null) return { indicator, actual, state: 'no-target', gap: null }
  const gap = Math.max(0, Number((indicator.target - actual).toPrecision(12)))
  return { indicator, actual, state: gap === 0 ? 'met' : 'behind', gap }
}

/** Every indicator of the report's targets with its actual, in the plan's order. */
export function indicatorsProgress(report: FollowUpReport): IndicatorProgress[] {
  return report.targets.indicators.map((indicator) =>
    indicatorProgress(
      indicator,
      report.indicators.find((entry) => entry.indicatorId === indicator.id)?.actual ?? null,
    ),
  )
}

export interface PeopleProgress {
  /** Reported on the first people-lifted indicator that has an actual; null: not reported. */
  toDate: number | null
  planned: number | null
  plannedBy: number | null
  /** toDate ÷ planned in percent, whole; null without both. */
  percent: number | null
}

/** People lifted to date against the plan's headline (Lueyang: 19,200 by 2020). */
export function peopleProgress(report: FollowUpReport): PeopleProgress {
  const reported = indicatorsProgress(report).find(
    (progress) => progress.indicator.kind === 'people-lifted' && progress.actual !== null,
  )
  const toDate = reported?.actual ?? null
  const { peoplePlanned: planned, peoplePlannedBy: plannedBy } = report.targets
  const percent = toDate === null || !planned ? null : Math.floor((toDate / planned) * 100)
  return { toDate, planned, plannedBy, percent }
}

/** How many of the plan's actions stand at each status (an action nobody reported on: 'not-reported'). */
export function actionsByStatus(report: FollowUpReport): Record<ItemStatus, number> {
  const counts = Object.fromEntries(ITEM_STATUSES.map((status) => [status, 0])) as Record<ItemStatus, number>
  for (const action of report.targets.actions) counts[statusOf(report.actions, action.id)] += 1
  return counts
}

/** One county's line of a round's overview. */
export interface ReportSummary {
  countyId: string
  reportedAt: string | null
  met: number
  behind: number
  /** Indicators without an actual, or without a target for the round's year. */
  open: number
  actionsLate: number
  people: PeopleProgress
}

export function reportSummary(report: FollowUpReport): ReportSummary {
  const states = indicatorsProgress(report).map((progress) => progress.state)
  const count = (state: IndicatorState) => states.filter((each) => each === state).length
  return {
    countyId: report.countyId,
    reportedAt: report.reportedAt,
    met: count('met'),
    behind: count('behind'),
    open: count('not-reported') + count('no-target'),
    actionsLate: actionsByStatus(report).late,
    people: peopleProgress(report),
  }
}

/** A county's line of a round's overview: its report's summary, null while it has saved none. */
export interface FollowUpOverviewLine {
  countyId: string
  summary: ReportSummary | null
}
