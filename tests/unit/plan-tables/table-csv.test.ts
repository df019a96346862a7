import { describe, expect, it } from 'vitest'
import { looksLikeFormula } from '../../../shared/plan-tables/formula-guard'
import type { PlanTable } from '../../../shared/plan-tables/plan-table'
import { tableCsv, UTF8_BOM } from '../../../shared/plan-tables/table-csv'

const table = (rows: PlanTable['rows']): PlanTable => ({
  id: 'swot',
  title: 'SWOT 分析',
  columns: [
    { header: '象限', type: 'text', width: 12 },
    { header: '数量', type: 'number', width: 8 },
  ],
  rows,
})

describe('a plan table as CSV', () => {
  it('starts with a UTF-8 byte-order mark so that Excel reads Chinese, and ends each line with CRLF', () => {
    expect(tableCsv(table([['优势', 3]]))).toBe(`${UTF8_BOM}象限,数量\r\n优势,3\r\n`)
  })

  it('quotes a field with a comma, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    const csv = tableCsv(
      table([
        ['冷链，物流, "薄弱"', null],
        ['第一行\n第二行', 1.5],
      ]),
    )
    expect(csv).toBe(`${UTF8_BOM}象限,数量\r\n"冷链，物流, ""薄弱""",\r\n"第一行\n第二行",1.5\r\n`)
  })

  it('writes text that a spreadsheet would run as a formula behind an apostrophe, and numbers as they are', () => {
    const csv = tableCsv(
      table([
        ['=HYPERLINK("http://x","点击")', -5],
        ['+1', null],
        ['-1', null],
        ['@SUM(A1)', null],
        ['\tTAB', null],
        ['\rCR', null],
        ['普通文字 = 不是公式', null],
      ]),
    )
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"",""点击"")",-5`,
      `'+1,`,
      `'-1,`,
      `'@SUM(A1),`,
      `'\tTAB,`,
      `"'\rCR",`,
      `普通文字 = 不是公式,`,
    ])
  })

  it('knows which texts look like formulas', () => {
    expect(['=1', '+1', '-1', '@a', '\t1', '\r1'].every(looksLikeFormula)).toBe(true)
    expect(['1', ' =1', '略阳', "'=1", ''].some(looksLikeFormula)).toBe(false)
  })
})
