import { lazyComponent, type LazyComponent } from '../../app/lazy-component'
import type { StepContext } from './step-context'
import type { WorkspaceStep } from './workspace-steps'

/*
 * The editor of each workspace step; a step is offered only once it has one (see WORKSPACE_STEPS).
 * Each is its own chunk, fetched when the step is opened (or prefetched when the device is idle), so
 * the heavy editors (TipTap for prose, dnd-kit for the boards) come only with the steps that use them.
 */
export const STEP_EDITORS: Record<WorkspaceStep, LazyComponent<StepContext>> = {
  'county-data-card': lazyComponent(() =>
    import('../../exercises/county-data-card/county-data-card-step').then((m) => m.CountyDataCardStep),
  ),
  'problem-tree': lazyComponent(() =>
    import('../../exercises/problem-tree/problem-tree-step').then((m) => m.ProblemTreeStep),
  ),
  swot: lazyComponent(() => import('../../exercises/swot/swot-step').then((m) => m.SwotStep)),
  'dot-vote': lazyComponent(() =>
    import('../../exercises/dot-vote/dot-vote-step').then((m) => m.DotVoteStep),
  ),
  'resource-matching': lazyComponent(() =>
    import('../../exercises/resource-matching/matching-board').then((m) => m.MatchingBoard),
  ),
  'target-setting': lazyComponent(() =>
    import('../../exercises/target-setting/target-setting-step').then((m) => m.TargetSettingStep),
  ),
  'action-plan': lazyComponent(() =>
    import('../../exercises/action-plan/action-plan-step').then((m) => m.ActionPlanStep),
  ),
  budget: lazyComponent(() => import('../../exercises/budget/budget-step').then((m) => m.BudgetStep)),
  logframe: lazyComponent(() => import('../../exercises/logframe/logframe-step').then((m) => m.LogframeStep)),
  'sign-off': lazyComponent(() =>
    import('../../exercises/sign-off/sign-off-step').then((m) => m.SignOffStep),
  ),
}
