import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { planWorkbook } from '../../../electron/hub/plan-tables/plan-workbook'
import type { PlanTable } from '../../../shared/plan-tables/plan-table'

async function reRead(tables: PlanTable[]) {
  const workbook = new ExcelJS.Workbook()
  const bytes = await planWorkbook(tables, (table) => `标题 ${table.title}`)
  await workbook.xlsx.load(bytes.slice().buffer)
  return workbook
}

const table = (title: string, columns: PlanTable['columns'], rows: PlanTable['rows']): PlanTable => ({
  id: 'budget',
  title,
  columns,
  rows,
})

describe('a plan’s tables as a workbook', () => {
  it('formats whole amounts with a thousands separator, others with two decimals, years plainly, days as dates', async () => {
    const workbook = await reRead([
      table(
        '预算',
        [
          { header: '金额', type: 'number', width: 10 },
          { header: '年份', type: 'year', width: 8 },
          { header: '日期', type: 'date', width: 12 },
        ],
        [
          [500000, 2018, '2018-04-01'],
          [1234.5, null, null],
        ],
      ),
    ])
    const sheet = workbook.getWorksheet('预算')!
    expect(sheet.getCell('A3').numFmt).toBe('#,##0')
    expect(sheet.getCell('A4').numFmt).toBe('#,##0.00')
    expect(sheet.getCell('B3').numFmt).toBe('0')
    expect(sheet.getCell('C3').value).toEqual(new Date('2018-04-01T00:00:00.000Z'))
    expect(sheet.getCell('C3').numFmt).toBe('yyyy-mm-dd')
    expect(sheet.getCell('B4').value).toBeNull()
  })

  it('makes a column wide enough for its Chinese text, counting each character double, up to a limit', async () => {
    const short = '冷链车购置'
    const long = '由县供销社牵头建设冷链物流，'.repeat(6)
    const sheet = (
      await reRead([
        table(
          '预算',
          [
            { header: 'A', type: 'text', width: 4 },
            { header: 'B', type: 'text', width: 4 },
          ],
          [[short, long]],
        ),
      ])
    ).getWorksheet('预算')!
    expect(sheet.getColumn(1).width).toBe(short.length * 2 + 2)
    expect(sheet.getColumn(2).width).toBe(60)
    expect(sheet.getCell('B3').alignment?.wrapText).toBe(true)
  })

  it('gives sheets names a spreadsheet accepts: no forbidden characters, at most 31 characters, each its own', async () => {
    const columns: PlanTable['columns'] = [{ header: 'A', type: 'text', width: 8 }]
    const workbook = await reRead([
      table("'Needs / resources: [matrix]?", columns, []),
      table('A very long table title that goes on and on', columns, []),
      table('A very long table title that goes on and on', columns, []),
    ])
    const names = workbook.worksheets.map((sheet) => sheet.name)
    expect(names[0]).toBe('Needs resources matrix')
    expect(names.every((name) => name.length <= 31 && !/[:\\/?*[\]]/.test(name))).toBe(true)
    expect(new Set(names).size).toBe(3)
    expect(workbook.worksheets[1]!.getCell('A1').value).toBe(
      '标题 A very long table title that goes on and on',
    )
  })
})
