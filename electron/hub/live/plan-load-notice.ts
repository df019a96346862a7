import { parseDocName } from '../../../shared/live/doc-names'
import type { Store } from '../store/store'
import type { CheckedState } from './checked-load'
import { planLoadProblem, repairPlanVersion } from './plan-load-check'
import type { LoadChecks } from './sqlite-persistence'

/**
 * The hub's load checks: county plans are checked (a group's device writes them); the session document
 * only the facilitator writes. A failed plan is named to the facilitator in the hub's log, by county.
 */
export function planLoadChecks(
  store: Store,
  write: (line: string) => void = (line) => console.warn(line),
): LoadChecks {
  return {
    checkFor: (name) =>
      parseDocName(name)?.kind === 'plan' ? { problem: planLoadProblem, repair: repairPlanVersion } : null,
    notice: (name, checked) => write(`[hub] ${planNotice(store, name, checked)}`),
  }
}

function planNotice(store: Store, name: string, checked: CheckedState): string {
  const ref = parseDocName(name)
  const county = ref?.kind === 'plan' ? store.counties.get(ref.workshopId, ref.countyId)?.name : undefined
  const updates = checked.setAside.filter((entry) => entry.kind === 'update').length
  const snapshot = checked.setAside.some((entry) => entry.kind === 'snapshot')
  const parts = [
    updates > 0 ? `${updates} stored change${updates === 1 ? '' : 's'} that broke it set aside` : '',
    snapshot ? 'its saved state repaired (the original kept)' : '',
  ].filter(Boolean)
  const what = parts.length > 0 ? `, with ${parts.join(' and ')}` : ''
  return (
    `The plan of ${county ?? name} did not pass its check on loading: ${checked.problem}. It is loaded ` +
    `from its last good state${what}; what was set aside is kept in the data folder (live_doc_quarantine).`
  )
}
