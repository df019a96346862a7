import { useSearchParams } from 'react-router'
import type { ExerciseKind } from '../../../../shared/program/exercise-kinds'
import { LockBanner } from '../../session/lock-banner'
import { useRunSession } from '../../session/run-session'
import { useExerciseLock } from '../../session/use-exercise-lock'
import { useSummonJump } from '../../session/use-summon-jump'
import type { StepContext } from './step-context'
import { STEP_EDITORS } from './step-editors'
import { StepInstructions } from './step-instructions'
import { StepNavigator } from './step-navigator'
import { usePlan } from './use-plan'
import { useStepHeadingInView } from './use-step-heading-in-view'
import { useStepPrefetch } from './use-step-prefetch'
import { usePlanSteps } from '../reference/use-plan-steps'
import { stepFromSearch } from './workspace-steps'
import './steps.css'

type PlanStepsProps = Omit<StepContext, 'plan' | 'steps'> & {
  /** A gallery walk's reader: the exercises shown to it (null: all). */
  shown?: readonly ExerciseKind[] | null
}

/** The group workspace: the step navigator, the current step's instructions, and its editor underneath. */
export function PlanSteps({ shown = null, ...props }: PlanStepsProps) {
  const [search] = useSearchParams()
  const steps = usePlanSteps(props.workshopId, props.token, shown)
  const step = stepFromSearch(search.get('step'), steps)
  const plan = usePlan(props.doc)
  const Editor = STEP_EDITORS[step]
  const { run } = useRunSession()
  // A locked exercise is read-only for groups; the facilitator keeps editing (and is told groups cannot).
  const lock = useExerciseLock(run, step, props.countyId)
  useSummonJump(props.workshopId, run?.summon ?? null, !props.facilitator)
  useStepHeadingInView(step)
  useStepPrefetch(steps, step)
  const editable = props.editable && (lock === null || props.facilitator)
  return (
    <div className="plan-workspace">
      <StepNavigator steps={steps} current={step} plan={plan} />
      <section className="plan-step" aria-labelledby="step-heading" data-step={step}>
        <StepInstructions step={step} />
        {lock && <LockBanner reason={lock} facilitator={props.facilitator} />}
        <Editor {...props} plan={plan} steps={steps} editable={editable} />
      </section>
    </div>
  )
}
