import type { StepContext } from '../../plan/steps/step-context'
import { ProblemTreeBoard } from './problem-tree-board'

/** The problem-tree step of the workspace: the layered board and the objectives made from it. */
export function ProblemTreeStep({ doc, plan, editable }: StepContext) {
  return <ProblemTreeBoard doc={doc} plan={plan} editable={editable} />
}
