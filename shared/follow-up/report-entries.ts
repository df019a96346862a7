import type {
  FollowUpReport,
  FollowUpReportInput,
  ItemReport,
  ItemStatus,
  TargetSnapshot,
} from './follow-up-report-schema'

/** A report with nothing entered yet, against these targets: what a county's form starts from. */
export function emptyReport(roundId: string, countyId: string, targets: TargetSnapshot): FollowUpReport {
  return {
    roundId,
    countyId,
    targets,
    indicators: targets.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      actual: null,
      note: '',
    })),
    actions: targets.actions.map((action) => ({ itemId: action.id, status: 'not-reported', note: '' })),
    matches: targets.matches.map((match) => ({ itemId: match.id, status: 'not-reported', note: '' })),
    narrative: '',
    reporterName: '',
    reporterRole: 'facilitator',
    reportedAt: null,
    fieldSaves: {},
  }
}

/**
 * The first entry of a report that names something its targets do not hold (an indicator, action or
 * match the plan did not have when the report was first saved, or one named twice), or null when every
 * entry fits: such a report is refused whole rather than stored with entries nobody can read back.
 */
export function misfitEntry(input: FollowUpReportInput, targets: TargetSnapshot): string | null {
  const check = (ids: readonly string[], known: readonly { id: string }[]) => {
    const allowed = new Set(known.map((item) => item.id))
    const seen = new Set<string>()
    for (const id of ids) {
      if (!allowed.has(id) || seen.has(id)) return id
      seen.add(id)
    }
    return null
  }
  return (
    check(
      input.indicators.map((entry) => entry.indicatorId),
      targets.indicators,
    ) ??
    check(
      input.actions.map((entry) => entry.itemId),
      targets.actions,
    ) ??
    check(
      input.matches.map((entry) => entry.itemId),
      targets.matches,
    )
  )
}

/** An item's status in a report: what was entered for it, else 'not-reported'. */
export function statusOf(entries: readonly ItemReport[], itemId: string): ItemStatus {
  return entries.find((entry) => entry.itemId === itemId)?.status ?? 'not-reported'
}
