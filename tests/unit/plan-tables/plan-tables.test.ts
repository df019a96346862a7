import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readPlan } from '../../../shared/live/plan-read'
import { PLAN_TABLE_IDS } from '../../../shared/plan-tables/plan-table'
import { planTable, planTables } from '../../../shared/plan-tables/plan-tables'
import { fillLueyangPlan } from '../../support/lueyang-plan'

function lueyangPlan() {
  const doc = new Y.Doc()
  fillLueyangPlan(doc)
  return readPlan(doc)
}

const ACTION = '乌鸡网上销售——平台网店与销售渠道'
const CORE = '贫困户养的乌鸡卖不上价'

describe('the Lueyang plan as tables', () => {
  const plan = lueyangPlan()

  it('gives every table once, in the workbook’s order', () => {
    expect(planTables(plan, 'zh-CN').map((table) => table.id)).toEqual([...PLAN_TABLE_IDS])
  })

  it('lists the indicators with baseline, one column per target year, unit and source', () => {
    const table = planTable(plan, 'indicators', 'zh-CN')
    expect(table.title).toBe('主要指标')
    expect(table.columns.map((column) => [column.header, column.type])).toEqual([
      ['指标', 'text'],
      ['指标类别', 'text'],
      ['单位', 'text'],
      ['基线值', 'number'],
      ['基线年份', 'year'],
      ['2019 年目标', 'number'],
      ['2020 年目标', 'number'],
      ['属性', 'text'],
      ['责任单位', 'text'],
      ['核查来源', 'text'],
    ])
    expect(table.rows).toEqual([
      [
        '通过电商合作脱贫人口',
        '脱贫人口',
        '人',
        0,
        2018,
        9600,
        19200,
        '约束性',
        '县扶贫办',
        '建档立卡信息系统',
      ],
    ])
  })

  it('lists each measure with owner, dates and its budget total, and every budget line apart', () => {
    const actions = planTable(plan, 'actions', 'zh-CN')
    expect(actions.rows).toEqual([
      [
        '发展生产',
        ACTION,
        '开设略阳乌鸡网店',
        20,
        2000,
        6400,
        100,
        '订单收购',
        '县商务局',
        '合作平台企业',
        '2018-04-01',
        '2020-12-31',
        500000,
      ],
    ])
    expect(actions.columns.filter((column) => column.type === 'date').map((column) => column.header)).toEqual(
      ['开始日期', '结束日期'],
    )
    expect(planTable(plan, 'budget', 'zh-CN').rows).toEqual([
      [ACTION, '冷链车购置', 2018, '财政专项扶贫资金', 500000],
    ])
  })

  it('lists the resource matches with need, resource, provider, commitment, county owner and status', () => {
    expect(planTable(plan, 'matches', 'zh-CN').rows).toEqual([
      [
        '产品',
        '乌鸡网上销售',
        '平台网店与销售渠道',
        '合作平台企业',
        '开设略阳乌鸡网店',
        '县商务局',
        '已达成',
      ],
    ])
  })

  it('lists the SWOT cards and the problem tree, core problem first', () => {
    expect(planTable(plan, 'swot', 'zh-CN').rows).toEqual([
      ['优势', '略阳乌鸡地理标志'],
      ['劣势', '冷链物流薄弱'],
      ['机会', '平台企业电商扶贫'],
      ['威胁', '禽类疫病风险'],
    ])
    expect(planTable(plan, 'problemTree', 'zh-CN').rows).toEqual([
      ['核心问题', 0, CORE, ''],
      ['原因', 1, '只能在集市上卖', CORE],
      ['原因', 1, '冷链运输成本高', CORE],
      ['影响', 1, '贫困户收入低', CORE],
    ])
  })

  it('speaks English when asked: headers, sheet names and labels, while what people typed stays as typed', () => {
    const tables = planTables(plan, 'en')
    expect(tables.map((table) => table.title)).toEqual([
      'Indicators',
      'Action plan',
      'Budget',
      'Resource matching',
      'SWOT',
      'Problem tree',
    ])
    const indicators = tables[0]!
    expect(indicators.columns.map((column) => column.header)).toContain('Target 2020')
    expect(indicators.rows[0]).toEqual([
      '通过电商合作脱贫人口',
      'People lifted out of poverty',
      '人',
      0,
      2018,
      9600,
      19200,
      'Binding',
      '县扶贫办',
      '建档立卡信息系统',
    ])
    expect(tables[3]!.rows[0]![2]).toBe('Online shop and sales channel on a platform')
  })

  it('gives every row one cell per column, blanks included', () => {
    const blank = readPlan(new Y.Doc())
    for (const table of [...planTables(plan, 'zh-CN'), ...planTables(blank, 'en')]) {
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length)
    }
  })
})
