import type { Action } from './action-plan-schema'

/** What is wrong with an action's dates, for warnings next to the fields (the dates are saved regardless). */
export interface ActionDateProblems {
  /** The end date is before the start date. */
  endBeforeStart: boolean
  /** Milestones dated before the action starts or after it ends. */
  milestonesOutside: string[]
}

/** ISO dates (YYYY-MM-DD) order as strings, so no parsing is needed to compare them. */
export function actionDateProblems(
  action: Pick<Action, 'startDate' | 'endDate' | 'milestones'>,
): ActionDateProblems {
  const { startDate, endDate } = action
  const endBeforeStart = startDate !== null && endDate !== null && endDate < startDate
  const milestonesOutside = action.milestones
    .filter(
      ({ date }) =>
        date !== null && ((startDate !== null && date < startDate) || (endDate !== null && date > endDate)),
    )
    .map((milestone) => milestone.id)
  return { endBeforeStart, milestonesOutside }
}
