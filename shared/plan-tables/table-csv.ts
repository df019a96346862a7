import { guardedText } from './formula-guard'
import type { PlanTable, TableCell } from './plan-table'

/** Excel takes a CSV without it for the local ANSI code page and shows Chinese as garbage. */
export const UTF8_BOM = '\uFEFF'

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function cellText(cell: TableCell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return String(cell)
  return guardedText(cell)
}

/**
 * One table as a CSV file's text: the BOM, the header row, a row per record, CRLF line ends (RFC 4180).
 * Numbers are written plainly (no thousands separator), dates as YYYY-MM-DD.
 */
export function tableCsv(table: PlanTable<string>): string {
  const lines = [
    table.columns.map((column) => field(guardedText(column.header))),
    ...table.rows.map((row) => row.map((cell) => field(cellText(cell)))),
  ]
  return UTF8_BOM + lines.map((line) => line.join(',')).join('\r\n') + '\r\n'
}
