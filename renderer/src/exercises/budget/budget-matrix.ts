import type { BudgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import type { FundingSource } from '../../../../shared/vocabulary/plan-vocabulary'

/** The budget table: years down, funding sources across, with the totals of each row and column. */
export interface BudgetMatrix {
  /** The sources that occur, in FUNDING_SOURCES order; null ("not given") last. */
  sources: (FundingSource | null)[]
  /** Ascending years, null ("not given") last; a cell is null where nothing is budgeted. */
  rows: { year: number | null; cells: (number | null)[]; total: number }[]
  columnTotals: number[]
  total: number
}

/** Lays out budgetTotals as a table; the sums are budgetTotals' own, so the table and the PDF agree. */
export function budgetMatrix(totals: BudgetTotals): BudgetMatrix {
  const sources = totals.bySource.map(({ source }) => source)
  const rows = totals.byYear.map(({ year, amount }) => ({
    year,
    cells: sources.map(
      (source) => totals.cells.find((cell) => cell.year === year && cell.source === source)?.amount ?? null,
    ),
    total: amount,
  }))
  return { sources, rows, columnTotals: totals.bySource.map(({ amount }) => amount), total: totals.total }
}
