/**
 * A plan as tables for the offices that re-use it in their own spreadsheets: one definition that both
 * the XLSX workbook and the CSV files are written from, so the two never disagree.
 */

/** The tables of a plan, in the order of the workbook's sheets. */
export const PLAN_TABLE_IDS = ['indicators', 'actions', 'budget', 'matches', 'swot', 'problemTree'] as const
export type PlanTableId = (typeof PLAN_TABLE_IDS)[number]

/**
 * What a column holds: `number` an amount or a count, `year` a calendar year (a number printed without
 * a thousands separator), `date` a YYYY-MM-DD day, `text` anything people typed or a label.
 */
export type ColumnType = 'text' | 'number' | 'year' | 'date'

export interface TableColumn {
  header: string
  type: ColumnType
  /** Width in characters, for the workbook's columns. */
  width: number
}

/** A cell: text, a number, an ISO date (in a `date` column) or blank. */
export type TableCell = string | number | null

/** `Id`: which table; the review tables (shared/follow-up-tables) are written by the same writers. */
export interface PlanTable<Id extends string = PlanTableId> {
  id: Id
  /** The sheet's name and the CSV's file name. */
  title: string
  columns: TableColumn[]
  /** Each row has one cell per column. */
  rows: TableCell[][]
}
