import type { ComponentType } from 'react'
import { BudgetStep } from '../../exercises/budget/budget-step'
import { MatchingBoard } from '../../exercises/resource-matching/matching-board'
import { TargetSettingStep } from '../../exercises/target-setting/target-setting-step'
import { ActionPlanStep } from '../actions/action-plan-step'
import { CountyDataCardStep } from '../../exercises/county-data-card/county-data-card-step'
import { DotVoteStep } from '../../exercises/dot-vote/dot-vote-step'
import { ProblemTreeStep } from '../../exercises/problem-tree/problem-tree-step'
import { SwotStep } from '../../exercises/swot/swot-step'
import { LogframeStep } from '../logframe/logframe-step'
import { SignOffStep } from '../sign-off/sign-off-step'
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
