import { useMemo } from 'react'
import type { StepContext } from '../../plan/steps/step-context'
import { usePlanPovertyLines } from '../../plan/reference/use-plan-poverty-lines'
import { BenefitCalculator } from './benefit-calculator'
import { IndicatorTable } from './indicator-table'
import { issuesByPath } from './target-issue-paths'
import { targetIssues } from './target-issues'
import './targets.css'

/**
 * The target-setting step: the benefit calculator, then the indicator table. Both show the
 * consistency checks' warnings next to the fields they concern, re-checked on every change.
 */
export function TargetSettingStep({ workshopId, token, doc, plan, editable }: StepContext) {
  const lines = usePlanPovertyLines(workshopId, token)
  const issues = useMemo(() => issuesByPath(targetIssues(plan, lines.data)), [plan, lines.data])
  return (
    <>
      <BenefitCalculator doc={doc} plan={plan} lines={lines} issues={issues} editable={editable} />
      <IndicatorTable doc={doc} plan={plan} issues={issues} editable={editable} />
    </>
  )
}
