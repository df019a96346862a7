import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs'
import {
  followUpReportInputSchema,
  type FollowUpReportInput,
  type ItemReport,
  type TargetSnapshot,
} from '../../../shared/follow-up/follow-up-report-schema'
import {
  FIRST_ENTRY_ROW,
  INDICATOR_COLUMNS,
  ITEM_COLUMNS,
  META_KEYS,
  REVIEW_TEMPLATE_FORMAT,
  REVIEW_TEMPLATE_VERSION,
  SUMMARY_ROWS,
  SUMMARY_VALUE_COLUMN,
  TEMPLATE_SHEETS,
  cellReference,
  matchTitleText,
  statusFromCell,
  type MetaKey,
} from '../../../shared/follow-up/review-template-layout'
import { parseNumber } from '../../../shared/validation/parse-number'
import type { MessageKey } from '../../../shared/validation/messages'
import { z } from 'zod'
import { parseWith } from '../http/api-errors'

/** Why a filled template changed nothing: a sentence key and what it names (the cell, the value). */
export class ReviewTemplateError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key)
  }
}

/** What the file must have been made for, and the rows it must still hold. */
export interface TemplateExpectation {
  workshopId: string
  roundId: string
  countyId: string
  targets: TargetSnapshot
  /** A county's name by id, to say which county a wrong file was made for. */
  countyName: (countyId: string) => string | null
}

/** What a cell shows, as text: formulas by their result, rich text joined, nothing as ''. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: CellValue }).result ?? null)
    if ('text' in value) return String(value.text)
    if ('error' in value) return String(value.error)
    return ''
  }
  return String(value).trim()
}

const ref = (sheet: Worksheet, cell: Cell) => cellReference(sheet.name, Number(cell.row), Number(cell.col))

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name)
  if (!sheet) throw new ReviewTemplateError('followUp.template.notTemplate')
  return sheet
}

function checkMeta(workbook: Workbook, expected: TemplateExpectation): void {
  const sheet = workbook.getWorksheet(TEMPLATE_SHEETS.meta)
  const meta = new Map<MetaKey, string>()
  sheet?.eachRow((row) => {
    const key = cellText(row.getCell(1).value) as MetaKey
    if (META_KEYS.includes(key)) meta.set(key, cellText(row.getCell(2).value))
  })
  if (meta.get('format') !== REVIEW_TEMPLATE_FORMAT)
    throw new ReviewTemplateError('followUp.template.notTemplate')
  const version = Number(meta.get('version'))
  if (!Number.isInteger(version) || version < 1)
    throw new ReviewTemplateError('followUp.template.notTemplate')
  if (version > REVIEW_TEMPLATE_VERSION)
    throw new ReviewTemplateError('followUp.template.newerVersion', { version })
  const countyId = meta.get('countyId') ?? ''
  if (meta.get('workshopId') !== expected.workshopId || countyId !== expected.countyId)
    throw new ReviewTemplateError('followUp.template.wrongCounty', {
      county: (meta.get('workshopId') === expected.workshopId && expected.countyName(countyId)) || '?',
    })
  if (meta.get('roundId') !== expected.roundId) throw new ReviewTemplateError('followUp.template.wrongRound')
}

/**
 * The rows must be the snapshot's, in its order, with their names: a row added, deleted, moved or renamed
 * is named by its first cell, as is a row filled in below the last one.
 */
function checkRows(
  sheet: Worksheet,
  items: readonly { id: string; title: string }[],
  titleColumn: number,
): void {
  // rowCount is the last row holding anything, so a row filled in below the snapshot's is checked too.
  const last = Math.max(sheet.rowCount, FIRST_ENTRY_ROW + items.length - 1)
  for (let rowNumber = FIRST_ENTRY_ROW; rowNumber <= last; rowNumber++) {
    const row = sheet.getRow(rowNumber)
    const item = items[rowNumber - FIRST_ENTRY_ROW]
    const id = cellText(row.getCell(1).value)
    const title = cellText(row.getCell(titleColumn).value)
    const filled = row.values instanceof Array && row.values.some((value) => cellText(value ?? null) !== '')
    const fits = item ? id === item.id && title === item.title.trim() : !filled
    if (!fits)
      throw new ReviewTemplateError('followUp.template.rowsChanged', {
        cell: cellReference(sheet.name, rowNumber, titleColumn),
      })
  }
}

function textIn(sheet: Worksheet, cell: Cell, max: number): string {
  const text = cellText(cell.value)
  if ([...text].length > max)
    throw new ReviewTemplateError('followUp.template.tooLong', { cell: ref(sheet, cell), max })
  return text
}

const ANY_NUMBER = z.number()

function numberIn(sheet: Worksheet, cell: Cell): number | null {
  const value = cell.value
  if (typeof value === 'number') return value
  const shown = cellText(value)
  const parsed = parseNumber(shown, ANY_NUMBER)
  if (!parsed.ok)
    throw new ReviewTemplateError('followUp.template.notNumber', {
      cell: ref(sheet, cell),
      value: shown.slice(0, 40),
    })
  return parsed.value
}

function itemsIn(sheet: Worksheet, items: readonly { id: string }[]): ItemReport[] {
  return items.map((item, index) => {
    const row = sheet.getRow(FIRST_ENTRY_ROW + index)
    const statusCell = row.getCell(ITEM_COLUMNS.status)
    const shown = cellText(statusCell.value)
    const status = statusFromCell(shown)
    if (status === null)
      throw new ReviewTemplateError('followUp.template.unknownStatus', {
        cell: ref(sheet, statusCell),
        value: shown.slice(0, 40),
      })
    return { itemId: item.id, status, note: textIn(sheet, row.getCell(ITEM_COLUMNS.note), 1000) }
  })
}

/**
 * Reads a filled review template back into a report, whole or not at all: the first problem found (not a
 * workbook, not ours, newer, another county or round, rows changed, a word in a number cell, a status not in
 * the list, a note too long) is thrown as a ReviewTemplateError naming its cell, and nothing is returned.
 */
export async function readReviewTemplate(
  bytes: Uint8Array,
  expected: TemplateExpectation,
): Promise<FollowUpReportInput> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes.slice().buffer)
  } catch {
    throw new ReviewTemplateError('followUp.template.unreadable')
  }
  checkMeta(workbook, expected)
  const { targets } = expected
  const indicators = sheetOf(workbook, TEMPLATE_SHEETS.indicators)
  const actions = sheetOf(workbook, TEMPLATE_SHEETS.actions)
  const matches = sheetOf(workbook, TEMPLATE_SHEETS.matches)
  const summary = sheetOf(workbook, TEMPLATE_SHEETS.summary)
  checkRows(
    indicators,
    targets.indicators.map((indicator) => ({ id: indicator.id, title: indicator.name })),
    INDICATOR_COLUMNS.name,
  )
  checkRows(actions, targets.actions, ITEM_COLUMNS.title)
  const matchRows = targets.matches.map((match) => ({ id: match.id, title: matchTitleText(match.title) }))
  checkRows(matches, matchRows, ITEM_COLUMNS.title)

  const input = {
    indicators: targets.indicators.map((indicator, index) => {
      const row = indicators.getRow(FIRST_ENTRY_ROW + index)
      return {
        indicatorId: indicator.id,
        actual: numberIn(indicators, row.getCell(INDICATOR_COLUMNS.actual)),
        note: textIn(indicators, row.getCell(INDICATOR_COLUMNS.note), 1000),
      }
    }),
    actions: itemsIn(actions, targets.actions),
    matches: itemsIn(matches, matchRows),
    narrative: textIn(summary, summary.getCell(SUMMARY_ROWS.narrative, SUMMARY_VALUE_COLUMN), 4000),
    reporterName: textIn(summary, summary.getCell(SUMMARY_ROWS.reporterName, SUMMARY_VALUE_COLUMN), 100),
  }
  // What passed the cell checks and still fails the schema (a control character, a figure too large) is
  // refused as the form would refuse it, with the schema's own field messages.
  return parseWith(followUpReportInputSchema, input)
}
