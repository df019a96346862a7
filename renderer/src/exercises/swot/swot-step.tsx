import type { StepContext } from '../../plan/steps/step-context'
import { SwotBoard } from './swot-board'

/** The SWOT step of the workspace: the board of four quadrants. */
export function SwotStep({ doc, plan, editable }: StepContext) {
  return <SwotBoard doc={doc} plan={plan} editable={editable} />
}
