import { budgetTotals } from '../exercises/budget/budget-totals'
import type { Plan } from '../live/plan-schema'
import {
  BENEFIT_MECHANISM_LABELS,
  FIVE_BATCH_LABELS,
  FUNDING_SOURCE_LABELS,
} from '../vocabulary/plan-vocabulary'
import type { PlanTable } from './plan-table'
import { column, joinParagraphs, type TableContext } from './table-context'

/** The action plan, a measure a row, with its budget total (the lines themselves are the budget table). */
export function actionTable(plan: Pick<Plan, 'actions'>, { locale, t }: TableContext): PlanTable {
  const totals = new Map(budgetTotals(plan.actions).byAction.map((entry) => [entry.actionId, entry.amount]))
  return {
    id: 'actions',
    title: t('tables.actions'),
    columns: [
      column(t('actions.batch'), 'text', 14),
      column(t('actions.title'), 'text', 28),
      column(t('actions.description'), 'text', 40),
      column(t('actions.villages'), 'number'),
      column(t('actions.households'), 'number'),
      column(t('actions.people'), 'number'),
      column(t('actions.sharePoor'), 'number', 18),
      column(t('actions.mechanism'), 'text', 12),
      column(t('actions.owner'), 'text', 18),
      column(t('actions.partner'), 'text', 18),
      column(t('actions.start'), 'date'),
      column(t('actions.end'), 'date'),
      column(t('actions.budget'), 'number', 16),
    ],
    rows: plan.actions.map((action) => [
      action.batch ? FIVE_BATCH_LABELS[action.batch][locale] : '',
      action.title,
      joinParagraphs(action.description),
      action.villagesCovered,
      action.beneficiaryHouseholds,
      action.beneficiaryPeople,
      action.shareRegisteredPoor,
      action.mechanism ? BENEFIT_MECHANISM_LABELS[action.mechanism][locale] : '',
      action.owner,
      action.partner,
      action.startDate,
      action.endDate,
      action.budgetLines.length === 0 ? null : (totals.get(action.id) ?? 0),
    ]),
  }
}

/** Every budget line of every measure, with the measure it belongs to. */
export function budgetTable(plan: Pick<Plan, 'actions'>, { locale, t }: TableContext): PlanTable {
  return {
    id: 'budget',
    title: t('tables.budget'),
    columns: [
      column(t('budget.action'), 'text', 28),
      column(t('budget.item'), 'text', 28),
      column(t('budget.year'), 'year'),
      column(t('budget.source'), 'text', 20),
      column(t('budget.amount'), 'number', 16),
    ],
    rows: plan.actions.flatMap((action) =>
      action.budgetLines.map((line) => [
        action.title,
        line.item,
        line.year,
        line.source ? FUNDING_SOURCE_LABELS[line.source][locale] : '',
        line.amount,
      ]),
    ),
  }
}
