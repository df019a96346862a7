import type { Plan } from '../../../../shared/live/plan-schema'
import type { PovertyLine } from '../../../../shared/poverty-line/poverty-line-schema'
import { checkTargets, type TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'

/**
 * The step's consistency issues. Until the poverty-line table has been read (or when it cannot be),
 * "no line for that year" would be a false alarm, so it waits for the table.
 */
export function targetIssues(
  plan: Pick<Plan, 'benefit' | 'dataCard' | 'indicators'>,
  povertyLines: readonly PovertyLine[] | undefined,
): TargetIssue[] {
  const issues = checkTargets(plan, povertyLines ?? [])
  return povertyLines ? issues : issues.filter((issue) => issue.key !== 'target.noPovertyLine')
}
