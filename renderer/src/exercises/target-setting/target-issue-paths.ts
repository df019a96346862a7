import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'

/**
 * Where the consistency checks (shared/exercises/target-setting/target-checks.ts) point, as the fields this step shows.
 * The paths are the checks' own: benefit.<field> and indicators.<id>.<field> | .targets.<year>.
 */
export type IssueField =
  | { area: 'benefit'; field: string }
  | { area: 'indicator'; id: string; field: string }
  | { area: 'target'; id: string; year: number }

export const benefitIssuePath = (field: string) => `benefit.${field}`
export const indicatorIssuePath = (id: string, field: string) => `indicators.${id}.${field}`
export const targetIssuePath = (id: string, year: number) => `indicators.${id}.targets.${year}`

/** The field a path names; null for a path this step does not know (a newer check, say). */
export function issueField(path: string): IssueField | null {
  const [root, ...rest] = path.split('.')
  if (root === 'benefit' && rest.length === 1 && rest[0]) return { area: 'benefit', field: rest[0] }
  if (root !== 'indicators' || !rest[0]) return null
  const [id, field, year] = rest
  if (field === 'targets' && rest.length === 3 && /^\d{4}$/.test(year ?? ''))
    return { area: 'target', id, year: Number(year) }
  return field && rest.length === 2 ? { area: 'indicator', id, field } : null
}

/** The issues of each path, in the checks' order. */
export function issuesByPath(issues: readonly TargetIssue[]): ReadonlyMap<string, TargetIssue[]> {
  const byPath = new Map<string, TargetIssue[]>()
  for (const issue of issues) byPath.set(issue.path, [...(byPath.get(issue.path) ?? []), issue])
  return byPath
}
