import type { ComponentType } from 'react'
import { ActionPlanStep } from '../../exercises/action-plan/action-plan-step'
import { BudgetStep } from '../budget/budget-step'
import { DataCardSection } from '../data-card/data-card-section'
import { DotVoteStep } from '../dot-vote/dot-vote-step'
import { LogframeStep } from '../../exercises/logframe/logframe-step'
import { MatchingBoard } from '../matching/matching-board'
import { ProblemTreeStep } from '../problem-tree/problem-tree-step'
import { SignOffStep } from '../../exercises/sign-off/sign-off-step'
import { SummarySection } from '../summary/summary-section'
import { SwotBoard } from '../swot/swot-board'
import { TargetSettingStep } from '../targets/target-setting-step'
import type { StepContext } from './step-context'
import type { WorkspaceStep } from './workspace-steps'

function DataCardStep({ doc, provider, user, editable }: StepContext) {
  return (
    <>
      <DataCardSection doc={doc} editable={editable} />
      <SummarySection doc={doc} provider={provider} user={user} editable={editable} />
    </>
  )
}

function SwotStep({ doc, plan, editable }: StepContext) {
  return <SwotBoard doc={doc} plan={plan} editable={editable} />
}

/** The editor of each workspace step; a step is offered only once it has one (see WORKSPACE_STEPS). */
export const STEP_EDITORS: Record<WorkspaceStep, ComponentType<StepContext>> = {
  'county-data-card': DataCardStep,
  'problem-tree': ProblemTreeStep,
  swot: SwotStep,
  'dot-vote': DotVoteStep,
  'resource-matching': MatchingBoard,
  'target-setting': TargetSettingStep,
  'action-plan': ActionPlanStep,
  budget: BudgetStep,
  logframe: LogframeStep,
  'sign-off': SignOffStep,
}
