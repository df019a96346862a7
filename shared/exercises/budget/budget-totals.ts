import type { Action } from '../../live/plan-schema'
import { FUNDING_SOURCES, type FundingSource } from '../../vocabulary/plan-vocabulary'

/**
 * Budget totals of the action plan, in yuan. Sums are taken in whole fen (cents) so that adding
 * many decimal amounts never drifts (0.1 + 0.2 ≠ 0.3 in floating point). Lines without an amount
 * count for nothing; lines without a year or a source are totalled under null ("not given").
 */
export interface BudgetTotals {
  total: number
  /** Ascending years, null (no year) last. */
  byYear: { year: number | null; amount: number }[]
  /** Sources that occur, in the order of FUNDING_SOURCES, null (no source) last. */
  bySource: { source: FundingSource | null; amount: number }[]
  /** The year × source matrix of the budget table, in the same orders. */
  cells: { year: number | null; source: FundingSource | null; amount: number }[]
  byAction: { actionId: string; amount: number }[]
}

const toFen = (yuan: number) => Math.round(yuan * 100)
const toYuan = (fen: number) => fen / 100

function add<K>(totals: Map<K, number>, key: K, fen: number): void {
  totals.set(key, (totals.get(key) ?? 0) + fen)
}

const nullLast =
  <T>(compare: (a: T, b: T) => number) =>
  (a: T | null, b: T | null) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : compare(a, b)

export function budgetTotals(actions: readonly Pick<Action, 'id' | 'budgetLines'>[]): BudgetTotals {
  const byYear = new Map<number | null, number>()
  const bySource = new Map<FundingSource | null, number>()
  const cells = new Map<string, { year: number | null; source: FundingSource | null; fen: number }>()
  const byAction: { actionId: string; amount: number }[] = []
  let total = 0
  for (const action of actions) {
    let actionFen = 0
    for (const line of action.budgetLines) {
      if (line.amount === null) continue
      const fen = toFen(line.amount)
      actionFen += fen
      add(byYear, line.year, fen)
      add(bySource, line.source, fen)
      const key = `${line.year}|${line.source}`
      const cell = cells.get(key) ?? { year: line.year, source: line.source, fen: 0 }
      cell.fen += fen
      cells.set(key, cell)
    }
    total += actionFen
    byAction.push({ actionId: action.id, amount: toYuan(actionFen) })
  }
  const byYearOrder = nullLast<number>((a, b) => a - b)
  const bySourceOrder = nullLast<FundingSource>(
    (a, b) => FUNDING_SOURCES.indexOf(a) - FUNDING_SOURCES.indexOf(b),
  )
  return {
    total: toYuan(total),
    byYear: [...byYear.entries()]
      .sort(([a], [b]) => byYearOrder(a, b))
      .map(([year, fen]) => ({ year, amount: toYuan(fen) })),
    bySource: [...bySource.entries()]
      .sort(([a], [b]) => bySourceOrder(a, b))
      .map(([source, fen]) => ({ source, amount: toYuan(fen) })),
    cells: [...cells.values()]
      .sort((a, b) => byYearOrder(a.year, b.year) || bySourceOrder(a.source, b.source))
      .map(({ year, source, fen }) => ({ year, source, amount: toYuan(fen) })),
    byAction,
  }
}
