import type { Cell, Worksheet } from 'exceljs'
import type { FollowUpReport } from '../../../shared/follow-up/follow-up-report-schema'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import {
  ACTION_HEADERS,
  FIRST_ENTRY_ROW,
  HEADER_ROW,
  INDICATOR_COLUMNS,
  INDICATOR_HEADERS,
  ITEM_COLUMNS,
  MATCH_HEADERS,
  META_KEYS,
  REVIEW_TEMPLATE_FORMAT,
  REVIEW_TEMPLATE_VERSION,
  STATUS_CHOICES,
  SUMMARY_LABELS,
  SUMMARY_ROWS,
  SUMMARY_VALUE_COLUMN,
  TEMPLATE_SHEETS,
  TITLE_ROW,
  matchTitleText,
  statusCellText,
  type MetaKey,
} from '../../../shared/follow-up/review-template-layout'
import { statusOf } from '../../../shared/follow-up/report-entries'

export interface ReviewTemplateInput {
  workshopId: string
  workshopTitle: string
  round: FollowUpRound
  county: { id: string; name: string }
  /** The county's report as it stands (saved, or empty against the plan's targets): the rows and what is filled. */
  report: FollowUpReport
  /** The county's report of the round before, for the "previous actual" column; null for a first round. */
  previous: FollowUpReport | null
}

/** The cells a county fills in: unlocked, on a pale yellow, so the protected sheet shows where to type. */
const FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } } as const
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } } as const

function toFill(cell: Cell): void {
  cell.protection = { locked: false }
  cell.fill = FILL
}

function titleAndHeaders(
  sheet: Worksheet,
  title: string,
  headers: readonly string[],
  widths: number[],
): void {
  sheet.getCell(TITLE_ROW, 1).value = title
  sheet.getRow(TITLE_ROW).font = { bold: true, size: 13 }
  const header = sheet.getRow(HEADER_ROW)
  headers.forEach((text, index) => {
    const cell = header.getCell(index + 1)
    cell.value = text
    cell.fill = HEADER_FILL
  })
  header.font = { bold: true }
  header.alignment = { vertical: 'top', wrapText: true }
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width))
  // The ids are for the import, not for people: hidden, and locked like everything not to be filled.
  sheet.getColumn(1).hidden = true
  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 2 }]
}

/** Locked cells may be selected and copied; only the yellow cells take typing. No password: this is a guide rail. */
const protect = (sheet: Worksheet) =>
  sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true })

function noteCell(cell: Cell, text: string, max: number): void {
  cell.value = text
  cell.alignment = { vertical: 'top', wrapText: true }
  cell.dataValidation = {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [max],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: '文字过长 / Too long',
    error: `最多 ${max} 字 / At most ${max} characters`,
  }
  toFill(cell)
}

function indicatorsSheet(sheet: Worksheet, input: ReviewTemplateInput, title: string): void {
  const { report, previous } = input
  const headers = INDICATOR_HEADERS(report.targets.planYear)
  titleAndHeaders(sheet, title, Object.values(headers), [12, 36, 10, 14, 14, 16, 14, 40])
  report.targets.indicators.forEach((indicator, index) => {
    const row = sheet.getRow(FIRST_ENTRY_ROW + index)
    const entry = report.indicators.find((candidate) => candidate.indicatorId === indicator.id)
    const before = previous?.indicators.find((candidate) => candidate.indicatorId === indicator.id)
    row.getCell(INDICATOR_COLUMNS.id).value = indicator.id
    row.getCell(INDICATOR_COLUMNS.name).value = indicator.name
    row.getCell(INDICATOR_COLUMNS.unit).value = indicator.unit
    row.getCell(INDICATOR_COLUMNS.target).value = indicator.target
    row.getCell(INDICATOR_COLUMNS.previous).value = before?.actual ?? null
    const actual = row.getCell(INDICATOR_COLUMNS.actual)
    actual.value = entry?.actual ?? null
    actual.dataValidation = {
      type: 'decimal',
      operator: 'between',
      formulae: [-1e12, 1e12],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: '请填写数字 / A number, please',
      error: '本次实际值只能是数字，或留空。/ The actual value must be a number, or empty.',
    }
    toFill(actual)
    const [target, value] = [INDICATOR_COLUMNS.target, INDICATOR_COLUMNS.actual].map(
      (column) => row.getCell(column).address,
    )
    // The gap as the app reckons it: what is still missing to the target, 0 once it is met.
    row.getCell(INDICATOR_COLUMNS.gap).value = {
      formula: `IF(OR(${target}="",${value}=""),"",MAX(0,${target}-${value}))`,
    }
    for (const column of [INDICATOR_COLUMNS.target, INDICATOR_COLUMNS.previous, INDICATOR_COLUMNS.actual])
      row.getCell(column).numFmt = '#,##0.##'
    row.getCell(INDICATOR_COLUMNS.gap).numFmt = '#,##0.##'
    row.getCell(INDICATOR_COLUMNS.name).alignment = { vertical: 'top', wrapText: true }
    noteCell(row.getCell(INDICATOR_COLUMNS.note), entry?.note ?? '', 1000)
  })
  protect(sheet)
}

function itemsSheet(
  sheet: Worksheet,
  title: string,
  headers: Record<keyof typeof ITEM_COLUMNS, string>,
  items: readonly { id: string; title: string }[],
  entries: FollowUpReport['actions'],
): void {
  titleAndHeaders(sheet, title, Object.values(headers), [12, 48, 22, 48])
  const choices = `"${STATUS_CHOICES.join(',')}"`
  items.forEach((item, index) => {
    const row = sheet.getRow(FIRST_ENTRY_ROW + index)
    row.getCell(ITEM_COLUMNS.id).value = item.id
    const titleCell = row.getCell(ITEM_COLUMNS.title)
    titleCell.value = item.title
    titleCell.alignment = { vertical: 'top', wrapText: true }
    const status = row.getCell(ITEM_COLUMNS.status)
    status.value = statusCellText(statusOf(entries, item.id))
    status.dataValidation = {
      type: 'list',
      formulae: [choices],
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: '请选择 / Choose one',
      error: '请从下拉列表中选择状态。/ Choose a status from the list.',
    }
    toFill(status)
    noteCell(
      row.getCell(ITEM_COLUMNS.note),
      entries.find((entry) => entry.itemId === item.id)?.note ?? '',
      1000,
    )
  })
  protect(sheet)
}

function summarySheet(sheet: Worksheet, input: ReviewTemplateInput, title: string): void {
  sheet.getCell(TITLE_ROW, 1).value = title
  sheet.getRow(TITLE_ROW).font = { bold: true, size: 13 }
  sheet.getColumn(1).width = 22
  sheet.getColumn(SUMMARY_VALUE_COLUMN).width = 90
  for (const [key, rowNumber] of Object.entries(SUMMARY_ROWS) as [keyof typeof SUMMARY_ROWS, number][]) {
    const label = sheet.getCell(rowNumber, 1)
    label.value = SUMMARY_LABELS[key]
    label.font = { bold: true }
    label.alignment = { vertical: 'top' }
  }
  noteCell(sheet.getCell(SUMMARY_ROWS.reporterName, SUMMARY_VALUE_COLUMN), input.report.reporterName, 100)
  noteCell(sheet.getCell(SUMMARY_ROWS.narrative, SUMMARY_VALUE_COLUMN), input.report.narrative, 4000)
  sheet.getRow(SUMMARY_ROWS.narrative).height = 160
  protect(sheet)
}

function aboutSheet(sheet: Worksheet, input: ReviewTemplateInput): void {
  const { round, county, workshopTitle } = input
  const lines = [
    `${county.name} · ${round.name}（${round.date}）`,
    workshopTitle,
    '',
    '请在黄色单元格中填写：指标的本次实际值和说明，行动与资源对接的状态和说明，以及总结页的填报人和进展总结。',
    '其他单元格已锁定；请不要增删或移动行。填好后保存为 .xlsx，交回主持人在规划工坊中导入。',
    '',
    'Fill in the yellow cells: each indicator’s actual value and note, the status and note of each action and',
    'resource match, and on the Summary sheet who reported and the narrative. The other cells are locked; do not',
    'add, delete or move rows. Save as .xlsx and send it back to the facilitator to import into Plan Workshop.',
  ]
  lines.forEach((text, index) => (sheet.getCell(index + 1, 1).value = text))
  sheet.getRow(1).font = { bold: true, size: 14 }
  sheet.getColumn(1).width = 110
  protect(sheet)
}

function metaSheet(sheet: Worksheet, input: ReviewTemplateInput): void {
  const values: Record<MetaKey, string | number> = {
    format: REVIEW_TEMPLATE_FORMAT,
    version: REVIEW_TEMPLATE_VERSION,
    workshopId: input.workshopId,
    roundId: input.round.id,
    countyId: input.county.id,
    planYear: input.report.targets.planYear,
  }
  META_KEYS.forEach((key, index) => (sheet.getRow(index + 1).values = [key, values[key]]))
  sheet.state = 'veryHidden'
  protect(sheet)
}

/**
 * The review template of one county for one round (layout in shared/follow-up/review-template-layout.ts):
 * what the plan set out and what was reported before, locked; the cells to fill, unlocked and yellow, with
 * drop-downs and number checks as Excel and WPS enforce them. exceljs loads on the first template only.
 */
export async function reviewTemplateWorkbook(input: ReviewTemplateInput): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Plan Workshop'
  const heading = `${input.county.name} · ${input.round.name}`
  aboutSheet(workbook.addWorksheet(TEMPLATE_SHEETS.about), input)
  indicatorsSheet(workbook.addWorksheet(TEMPLATE_SHEETS.indicators), input, `${heading} · 指标 Indicators`)
  itemsSheet(
    workbook.addWorksheet(TEMPLATE_SHEETS.actions),
    `${heading} · 行动 Actions`,
    ACTION_HEADERS,
    input.report.targets.actions,
    input.report.actions,
  )
  itemsSheet(
    workbook.addWorksheet(TEMPLATE_SHEETS.matches),
    `${heading} · 资源对接 Matches`,
    MATCH_HEADERS,
    input.report.targets.matches.map((match) => ({ id: match.id, title: matchTitleText(match.title) })),
    input.report.matches,
  )
  summarySheet(workbook.addWorksheet(TEMPLATE_SHEETS.summary), input, `${heading} · 总结 Summary`)
  metaSheet(workbook.addWorksheet(TEMPLATE_SHEETS.meta), input)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
