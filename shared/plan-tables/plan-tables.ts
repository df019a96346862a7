import type { Locale } from '../locale/locale'
import type { Plan } from '../live/plan-schema'
import { actionTable, budgetTable } from './action-tables'
import { problemTreeTable, swotTable } from './analysis-tables'
import { indicatorTable } from './indicator-table'
import { matchTable } from './match-table'
import { PLAN_TABLE_IDS, type PlanTable, type PlanTableId } from './plan-table'
import { tableContext, type TableContext } from './table-context'

const BUILDERS: Record<PlanTableId, (plan: Plan, context: TableContext) => PlanTable> = {
  indicators: indicatorTable,
  actions: actionTable,
  budget: budgetTable,
  matches: matchTable,
  swot: swotTable,
  problemTree: problemTreeTable,
}

/** Every table of a plan (a plan as `readPlan` reads it), headers in `locale`, in PLAN_TABLE_IDS order. */
export function planTables(plan: Plan, locale: Locale): PlanTable[] {
  const context = tableContext(locale)
  return PLAN_TABLE_IDS.map((id) => BUILDERS[id](plan, context))
}

/** One table of a plan. */
export function planTable(plan: Plan, id: PlanTableId, locale: Locale): PlanTable {
  return BUILDERS[id](plan, tableContext(locale))
}
