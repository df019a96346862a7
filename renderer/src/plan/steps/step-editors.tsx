import type { ComponentType } from 'react'
import { ActionPlanStep } from '../actions/action-plan-step'
import { BudgetStep } from '../budget/budget-step'
import { CountyDataCardStep } from '../../exercises/county-data-card/county-data-card-step'
import { DotVoteStep } from '../../exercises/dot-vote/dot-vote-step'
import { LogframeStep } from '../logframe/logframe-step'
import { MatchingBoard } from '../matching/matching-board'
import { ProblemTreeStep } from '../../exercises/problem-tree/problem-tree-step'
import { SignOffStep } from '../sign-off/sign-off-step'
import { SwotStep } from '../../exercises/swot/swot-step'
import { TargetSettingStep } from '../targets/target-setting-step'
import type { StepContext } from './step-context'
import type { WorkspaceStep } from './workspace-steps'

/** The editor of each workspace step; a step is offered only once it has one (see WORKSPACE_STEPS). */
export const STEP_EDITORS: Record<WorkspaceStep, ComponentType<StepContext>> = {
  'county-data-card': CountyDataCardStep,
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
