import { describe, expect, it } from 'vitest'
import type { BudgetLine } from '../../../shared/live/plan-schema'
import { budgetTotals } from '../../../shared/exercises/budget/budget-totals'
import { budgetGaps } from '../../../renderer/src/exercises/budget/budget-gaps'
import { budgetMatrix } from '../../../renderer/src/exercises/budget/budget-matrix'
import { formatWan, formatYuan } from '../../../renderer/src/exercises/budget/format-yuan'

const line = (id: string, fields: Partial<BudgetLine>): BudgetLine => ({
  id,
  item: '',
  year: null,
  source: null,
  amount: null,
  order: id,
  ...fields,
})

const actions = [
  {
    id: 'chicken',
    title: '乌鸡电商销售',
    budgetLines: [
      line('van', { item: '冷链车', year: 2018, source: 'fiscal-special', amount: 500_000 }),
      line('shop', { item: '网店运营', year: 2019, source: 'enterprise', amount: 750_000 }),
    ],
  },
  {
    id: 'training',
    title: '电商技能培训',
    budgetLines: [
      line('course', { item: '培训班', year: 2019, source: 'fiscal-special', amount: 80_000.5 }),
      line('books', { item: '教材', year: null, source: 'east-west-pairing', amount: 20_000 }),
      line('blank', {}),
    ],
  },
]

describe('the year × source budget table', () => {
  const matrix = budgetMatrix(budgetTotals(actions))

  it('has the sources that occur as columns and the years as rows, "not given" last', () => {
    expect(matrix.sources).toEqual(['fiscal-special', 'east-west-pairing', 'enterprise'])
    expect(matrix.rows.map((row) => row.year)).toEqual([2018, 2019, null])
  })

  it('fills each cell and leaves empty cells empty, not zero', () => {
    expect(matrix.rows.map((row) => row.cells)).toEqual([
      [500_000, null, null],
      [80_000.5, null, 750_000],
      [null, 20_000, null],
    ])
  })

  it('adds up rows, columns and the grand total', () => {
    expect(matrix.rows.map((row) => row.total)).toEqual([500_000, 830_000.5, 20_000])
    expect(matrix.columnTotals).toEqual([580_000.5, 20_000, 750_000])
    expect(matrix.total).toBe(1_350_000.5)
  })
})

describe('budget lines the table cannot place', () => {
  it('lists lines without a year or a source, numbered as in their action', () => {
    expect(budgetGaps(actions)).toEqual([
      {
        actionId: 'training',
        actionTitle: '电商技能培训',
        lineId: 'books',
        position: 2,
        item: '教材',
        amount: 20_000,
        missingYear: true,
        missingSource: false,
      },
      {
        actionId: 'training',
        actionTitle: '电商技能培训',
        lineId: 'blank',
        position: 3,
        item: '',
        amount: null,
        missingYear: true,
        missingSource: true,
      },
    ])
  })
})

describe('amounts in the UI language', () => {
  it('groups digits and keeps fen only when there are any', () => {
    expect(formatYuan(1_250_000, 'zh-CN')).toBe('1,250,000')
    expect(formatYuan(80_000.5, 'en')).toBe('80,000.5')
    expect(formatWan(1_250_000, 'zh-CN')).toBe('125')
    expect(formatWan(1_234_567, 'en')).toBe('123.46')
  })
})
