import { useSearchParams } from 'react-router'
import type { HocuspocusProvider } from '@hocuspocus/provider'
import type * as Y from 'yjs'
import type { LiveUser } from '../../live/live-document'
import { DataCardSection } from '../data-card/data-card-section'
import { SummarySection } from '../summary/summary-section'
import { SwotBoard } from '../swot/swot-board'
import { StepInstructions } from './step-instructions'
import { StepNavigator } from './step-navigator'
import { usePlan } from './use-plan'
import { stepFromSearch, WORKSPACE_STEPS } from './workspace-steps'
import './steps.css'

interface PlanStepsProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
}

/** The group workspace: the step navigator, the current step's instructions, and its editor underneath. */
export function PlanSteps({ doc, provider, user, editable }: PlanStepsProps) {
  const [search] = useSearchParams()
  const step = stepFromSearch(search.get('step'))
  const plan = usePlan(doc)
  return (
    <div className="plan-workspace">
      <StepNavigator steps={WORKSPACE_STEPS} current={step} plan={plan} />
      <section className="plan-step" aria-labelledby="step-heading" data-step={step}>
        <StepInstructions step={step} />
        {step === 'county-data-card' && (
          <>
            <DataCardSection doc={doc} editable={editable} />
            <SummarySection doc={doc} provider={provider} user={user} editable={editable} />
          </>
        )}
        {step === 'swot' && <SwotBoard doc={doc} plan={plan} editable={editable} />}
      </section>
    </div>
  )
}
