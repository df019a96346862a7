import type { Action } from '../../../../shared/live/plan-schema'

/** A budget line the year × source table cannot place: it lacks a year, a source or both. */
export interface BudgetGap {
  actionId: string
  actionTitle: string
  lineId: string
  /** 1-based, as the action's budget list numbers it. */
  position: number
  item: string
  amount: number | null
  missingYear: boolean
  missingSource: boolean
}

export function budgetGaps(actions: readonly Pick<Action, 'id' | 'title' | 'budgetLines'>[]): BudgetGap[] {
  return actions.flatMap((action) =>
    action.budgetLines.flatMap((line, index) =>
      line.year !== null && line.source !== null
        ? []
        : [
            {
              actionId: action.id,
              actionTitle: action.title.trim(),
              lineId: line.id,
              position: index + 1,
              item: line.item.trim(),
              amount: line.amount,
              missingYear: line.year === null,
              missingSource: line.source === null,
            },
          ],
    ),
  )
}
