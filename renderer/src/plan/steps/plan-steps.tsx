import { useSearchParams } from 'react-router'
import type { StepContext } from './step-context'
import { STEP_EDITORS } from './step-editors'
import { StepInstructions } from './step-instructions'
import { StepNavigator } from './step-navigator'
import { usePlan } from './use-plan'
import { stepFromSearch, WORKSPACE_STEPS } from './workspace-steps'
import './steps.css'

type PlanStepsProps = Omit<StepContext, 'plan'>

/** The group workspace: the step navigator, the current step's instructions, and its editor underneath. */
export function PlanSteps(props: PlanStepsProps) {
  const [search] = useSearchParams()
  const step = stepFromSearch(search.get('step'))
  const plan = usePlan(props.doc)
  const Editor = STEP_EDITORS[step]
  return (
    <div className="plan-workspace">
      <StepNavigator steps={WORKSPACE_STEPS} current={step} plan={plan} />
      <section className="plan-step" aria-labelledby="step-heading" data-step={step}>
        <StepInstructions step={step} />
        <Editor {...props} plan={plan} />
      </section>
    </div>
  )
}
