import type { County } from '../county/county-schema'
import { actionsByStatus, peopleProgress, reportSummary, type PeopleProgress } from './follow-up-progress'
import type { FollowUpReport, ReporterRole } from './follow-up-report-schema'
import { statusOf } from './report-entries'

/**
 * A round across counties, as the review summary (PDF) and the review tables (XLSX, CSV) state it: one
 * line per county of the workshop in county order, the ones that saved nothing marked "not reported",
 * and every late action by county. One reading, so the printed summary and the tables never disagree.
 */

export interface RoundSummaryLine {
  county: County
  /** Null: the county has saved no report for the round. */
  reported: {
    reportedAt: string
    reporterName: string
    reporterRole: ReporterRole
  } | null
  people: PeopleProgress
  met: number
  behind: number
  open: number
  actions: { late: number; done: number; dropped: number; onTrack: number; notReported: number }
}

export interface LateAction {
  county: County
  title: string
  note: string
}

export interface RoundSummary {
  lines: RoundSummaryLine[]
  late: LateAction[]
}

const NOTHING: PeopleProgress = { toDate: null, planned: null, plannedBy: null, percent: null }

/** `reports`: the round's saved reports, any order; a report of a county not listed is ignored. */
export function roundSummary(counties: readonly County[], reports: readonly FollowUpReport[]): RoundSummary {
  const byCounty = new Map(reports.map((report) => [report.countyId, report]))
  const lines: RoundSummaryLine[] = []
  const late: LateAction[] = []
  for (const county of counties) {
    const report = byCounty.get(county.id)
    if (!report || report.reportedAt === null) {
      lines.push({
        county,
        reported: null,
        people: NOTHING,
        met: 0,
        behind: 0,
        open: 0,
        actions: { late: 0, done: 0, dropped: 0, onTrack: 0, notReported: 0 },
      })
      continue
    }
    const summary = reportSummary(report)
    const counts = actionsByStatus(report)
    lines.push({
      county,
      reported: {
        reportedAt: report.reportedAt,
        reporterName: report.reporterName,
        reporterRole: report.reporterRole,
      },
      people: peopleProgress(report),
      met: summary.met,
      behind: summary.behind,
      open: summary.open,
      actions: {
        late: counts.late,
        done: counts.done,
        dropped: counts.dropped,
        onTrack: counts['on-track'],
        notReported: counts['not-reported'],
      },
    })
    for (const action of report.targets.actions) {
      if (statusOf(report.actions, action.id) !== 'late') continue
      const note = report.actions.find((entry) => entry.itemId === action.id)?.note ?? ''
      late.push({ county, title: action.title, note })
    }
  }
  return { lines, late }
}
