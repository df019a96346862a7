import type { FollowUpReport, FollowUpReportInput } from '../../../shared/follow-up/follow-up-report-schema'

/**
 * The form's values for a report: one entry per indicator, action and match of its targets, in the plan's
 * order, whatever was saved before (a saved report may leave some out).
 */
export function reportFormValues(report: FollowUpReport): FollowUpReportInput {
  const { targets } = report
  const item = (entries: FollowUpReport['actions'], itemId: string) =>
    entries.find((entry) => entry.itemId === itemId) ?? { itemId, status: 'not-reported' as const, note: '' }
  return {
    indicators: targets.indicators.map(
      (indicator) =>
        report.indicators.find((entry) => entry.indicatorId === indicator.id) ?? {
          indicatorId: indicator.id,
          actual: null,
          note: '',
        },
    ),
    actions: targets.actions.map((action) => item(report.actions, action.id)),
    matches: targets.matches.map((match) => item(report.matches, match.id)),
    narrative: report.narrative,
    reporterName: report.reporterName,
  }
}
