import type { Cell, CellValue, Worksheet } from 'exceljs'
import type { ColumnType, PlanTable, TableCell } from '../../../shared/plan-tables/plan-table'

/** Wider than this, a column wraps its text instead of running off the screen. */
const MAX_WIDTH = 60

/** Characters a spreadsheet draws double width (CJK and full-width forms), so widths fit Chinese text. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += WIDE.test(char) ? 2 : 1
  return width
}

function longestLine(cell: TableCell): number {
  if (cell === null) return 0
  return Math.max(...String(cell).split('\n').map(displayWidth))
}

/** A YYYY-MM-DD day as the spreadsheet's date of that day (UTC midnight, which is how exceljs stores it). */
const dayOf = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

function cellValue(cell: TableCell, type: ColumnType): CellValue {
  if (cell === null) return null
  if (type === 'date' && typeof cell === 'string') return dayOf(cell)
  // Text is written as a string cell, never as a formula: exceljs makes a formula only of { formula }.
  return cell
}

const NUMBER_FORMATS: Record<Exclude<ColumnType, 'text'>, (value: number) => string> = {
  number: (value) => (Number.isInteger(value) ? '#,##0' : '#,##0.00'),
  year: () => '0',
  date: () => 'yyyy-mm-dd',
}

function formatCell(cell: Cell, type: ColumnType): void {
  if (type === 'text') {
    cell.alignment = { vertical: 'top', wrapText: true }
    return
  }
  cell.alignment = { vertical: 'top' }
  if (typeof cell.value === 'number' || cell.value instanceof Date) {
    cell.numFmt = NUMBER_FORMATS[type](typeof cell.value === 'number' ? cell.value : 0)
  }
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end, unique. */
function sheetName(title: string, taken: Set<string>): string {
  const cleaned = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '')
  const base = cleaned.slice(0, 28).trim() || 'Sheet'
  let name = base
  for (let counter = 2; taken.has(name.toLowerCase()); counter++) name = `${base} ${counter}`
  taken.add(name.toLowerCase())
  return name
}

function addTableSheet(sheet: Worksheet, table: PlanTable<string>, title: string): void {
  const titleRow = sheet.addRow([title])
  titleRow.font = { bold: true, size: 13 }
  const header = sheet.addRow(table.columns.map((column) => column.header))
  header.font = { bold: true }
  header.alignment = { vertical: 'top', wrapText: true }
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((cell, index) => cellValue(cell, table.columns[index]!.type)))
    table.columns.forEach((column, index) => formatCell(row.getCell(index + 1), column.type))
  }
  table.columns.forEach((column, index) => {
    const longest = Math.max(
      displayWidth(column.header),
      ...table.rows.map((row) => longestLine(row[index] ?? null)),
    )
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(column.width, longest + 2))
  })
}

/**
 * A plan's tables as an XLSX workbook, a sheet per table: a title row (`title` of each table), the
 * header row in bold and frozen with it, numbers as numbers, dates as dates, columns as wide as their
 * content (within reason). exceljs is loaded on the first workbook only: the hub starts without it.
 */
export async function planWorkbook<T extends PlanTable<string>>(
  tables: readonly T[],
  title: (table: T) => string,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Plan Workshop'
  const taken = new Set<string>()
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), {
      views: [{ state: 'frozen', ySplit: 2 }],
    })
    addTableSheet(sheet, table, title(table))
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
