import type { StepContext } from '../../plan/steps/step-context'
import { DataCardSection } from './data-card-section'
import { SummarySection } from './summary-section'

/** The county data card step: the county's figures, then the situation summary written beside them. */
export function CountyDataCardStep({ doc, provider, user, editable }: StepContext) {
  return (
    <>
      <DataCardSection doc={doc} editable={editable} />
      <SummarySection doc={doc} provider={provider} user={user} editable={editable} />
    </>
  )
}
