import { WarningFilled } from '@ant-design/icons'
import type { ReactNode } from 'react'
import {
  formatTargetIssue,
  type TargetIssue,
} from '../../../../shared/exercises/target-setting/target-checks'
import { useLanguage } from '../../i18n/use-language'

/**
 * What is said under a box of this step: a hint (where a blank's figure comes from) and the consistency
 * warnings about that field, in the UI language. The warnings are a status region, so they are read
 * out as they appear while someone types; the box points here with aria-describedby.
 */
export function FieldNote({
  id,
  hint,
  issues,
}: {
  id: string
  hint?: ReactNode
  issues: readonly TargetIssue[]
}) {
  const language = useLanguage()
  return (
    <div id={id} className="target-note">
      {hint && <div className="target-hint">{hint}</div>}
      <div role="status" className="target-warnings">
        {issues.map((issue) => (
          <p key={issue.key} className="target-warning">
            <WarningFilled aria-hidden className="target-warning-icon" />
            <span>{formatTargetIssue(issue, language)}</span>
          </p>
        ))}
      </div>
    </div>
  )
}

/** Whether a field has anything to say under it; an empty note would leave a blank line. */
export const hasNote = (hint: ReactNode, issues: readonly TargetIssue[]) => Boolean(hint) || issues.length > 0
