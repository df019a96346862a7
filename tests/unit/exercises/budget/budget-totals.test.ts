import { describe, expect, it } from 'vitest'
import type { Action, BudgetLine } from '../../../../shared/live/plan-schema'
import { budgetTotals } from '../../../../shared/exercises/budget/budget-totals'

let next = 0
const line = (fields: Partial<BudgetLine>): BudgetLine => ({
  id: `line-${next++}`,
  item: '',
  year: 2018,
  source: 'fiscal-special',
  amount: 0,
  order: 'a0',
  ...fields,
})
const action = (id: string, budgetLines: BudgetLine[]): Pick<Action, 'id' | 'budgetLines'> => ({
  id,
  budgetLines,
})

describe('budget totals', () => {
  it('sum by year, by source, by year × source, by action and overall', () => {
    const totals = budgetTotals([
      action('shop', [
        line({ year: 2019, source: 'enterprise', amount: 200_000 }),
        line({ year: 2018, source: 'fiscal-special', amount: 500_000 }),
      ]),
      action('cold-chain', [
        line({ year: 2018, source: 'east-west-pairing', amount: 300_000 }),
        line({ year: 2018, source: 'fiscal-special', amount: 100_000 }),
      ]),
    ])
    expect(totals.total).toBe(1_100_000)
    expect(totals.byYear).toEqual([
      { year: 2018, amount: 900_000 },
      { year: 2019, amount: 200_000 },
    ])
    expect(totals.bySource).toEqual([
      { source: 'fiscal-special', amount: 600_000 },
      { source: 'east-west-pairing', amount: 300_000 },
      { source: 'enterprise', amount: 200_000 },
    ])
    expect(totals.cells).toEqual([
      { year: 2018, source: 'fiscal-special', amount: 600_000 },
      { year: 2018, source: 'east-west-pairing', amount: 300_000 },
      { year: 2019, source: 'enterprise', amount: 200_000 },
    ])
    expect(totals.byAction).toEqual([
      { actionId: 'shop', amount: 700_000 },
      { actionId: 'cold-chain', amount: 400_000 },
    ])
  })

  it('never drifts when adding decimal amounts (0.1 + 0.2 is 0.3)', () => {
    const totals = budgetTotals([action('a', [line({ amount: 0.1 }), line({ amount: 0.2 })])])
    expect(totals.total).toBe(0.3)
    expect(totals.byYear).toEqual([{ year: 2018, amount: 0.3 }])
  })

  it('skips lines without an amount and totals lines without a year or source under null, last', () => {
    const totals = budgetTotals([
      action('a', [
        line({ amount: null }),
        line({ year: null, source: null, amount: 50 }),
        line({ year: 2020, source: 'bank-credit', amount: 10 }),
      ]),
    ])
    expect(totals.total).toBe(60)
    expect(totals.byYear).toEqual([
      { year: 2020, amount: 10 },
      { year: null, amount: 50 },
    ])
    expect(totals.bySource).toEqual([
      { source: 'bank-credit', amount: 10 },
      { source: null, amount: 50 },
    ])
  })

  it('is zero with nothing budgeted', () => {
    expect(budgetTotals([])).toEqual({ total: 0, byYear: [], bySource: [], cells: [], byAction: [] })
    expect(budgetTotals([action('a', [])]).byAction).toEqual([{ actionId: 'a', amount: 0 }])
  })
})
