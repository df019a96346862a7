import type { FollowUpOverviewLine, IndicatorState, PeopleProgress } from './follow-up-progress'
import { actionsByStatus, indicatorsProgress, peopleProgress } from './follow-up-progress'
import type { FollowUpReport, ItemStatus } from './follow-up-report-schema'
import type { FollowUpRound } from './follow-up-round-schema'

/**
 * What the progress charts draw, as plain figures: one county over the workshop's rounds, and every county
 * in one round. The same series feed the screen, the projector and the review report PDF, so a chart and
 * its text alternative can never disagree.
 */

/** A county's saved report for a round; a round it has not reported on is left out of its series. */
export interface RoundReport {
  round: FollowUpRound
  report: FollowUpReport
}

/** Rounds as the facilitator lists them: by date, then by when they were made. */
export function byRoundDate(a: FollowUpRound, b: FollowUpRound): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt)
}

const reported = (reports: readonly RoundReport[]) =>
  reports.filter((entry) => entry.report.reportedAt !== null).sort((a, b) => byRoundDate(a.round, b.round))

export interface IndicatorPoint {
  roundId: string
  roundName: string
  planYear: number
  target: number | null
  actual: number | null
  state: IndicatorState
}

export interface IndicatorSeries {
  id: string
  name: string
  unit: string
  points: IndicatorPoint[]
}

/**
 * Each indicator's target and actual per round, the indicators in the order they first appear (each
 * report's own frozen targets: an indicator the plan gained later starts at the round that knew it).
 */
export function indicatorSeries(reports: readonly RoundReport[]): IndicatorSeries[] {
  const series = new Map<string, IndicatorSeries>()
  for (const { round, report } of reported(reports)) {
    for (const progress of indicatorsProgress(report)) {
      const { id, name, unit, target } = progress.indicator
      const line = series.get(id) ?? { id, name, unit, points: [] }
      line.name = name
      line.unit = unit
      line.points.push({
        roundId: round.id,
        roundName: round.name,
        planYear: report.targets.planYear,
        target,
        actual: progress.actual,
        state: progress.state,
      })
      series.set(id, line)
    }
  }
  return [...series.values()]
}

export interface PeoplePoint extends PeopleProgress {
  roundId: string
  roundName: string
}

/** People lifted to date at each round, against the plan's headline (Lueyang: 19,200 by 2020). */
export function peopleSeries(reports: readonly RoundReport[]): PeoplePoint[] {
  return reported(reports).map(({ round, report }) => ({
    roundId: round.id,
    roundName: round.name,
    ...peopleProgress(report),
  }))
}

export interface ActionsPoint {
  roundId: string
  roundName: string
  counts: Record<ItemStatus, number>
}

/** How many actions stood at each status at each round. */
export function actionsSeries(reports: readonly RoundReport[]): ActionsPoint[] {
  return reported(reports).map(({ round, report }) => ({
    roundId: round.id,
    roundName: round.name,
    counts: actionsByStatus(report),
  }))
}

/** A county in one round: on track (reported, nothing behind), behind, or nothing saved yet. */
export type CountyStanding = 'on-track' | 'behind' | 'not-reported'

export interface CountyRoundPoint {
  countyId: string
  standing: CountyStanding
  met: number
  behind: number
  open: number
  /** People lifted to date in percent of the plan's headline; null when either is unknown. */
  peoplePercent: number | null
}

/** Every county of a round's overview, in county order, for the cross-county charts. */
export function countiesInRound(lines: readonly FollowUpOverviewLine[]): CountyRoundPoint[] {
  return lines.map(({ countyId, summary }) => {
    if (summary === null) {
      return { countyId, standing: 'not-reported', met: 0, behind: 0, open: 0, peoplePercent: null }
    }
    return {
      countyId,
      standing: summary.behind > 0 ? 'behind' : 'on-track',
      met: summary.met,
      behind: summary.behind,
      open: summary.open,
      peoplePercent: summary.people.percent,
    }
  })
}

/** How many counties of a round stand each way: the projector's headline. */
export function standingCounts(points: readonly CountyRoundPoint[]): Record<CountyStanding, number> {
  const counts: Record<CountyStanding, number> = { 'on-track': 0, behind: 0, 'not-reported': 0 }
  for (const point of points) counts[point.standing] += 1
  return counts
}
