import type { Localized } from '../locale/locale'
import { ITEM_STATUSES, type ItemStatus } from './follow-up-report-schema'
import { ITEM_STATUS_LABELS } from './follow-up-terms-messages'

/**
 * The follow-up review template: an XLSX a county's poverty-alleviation office fills in when the review is
 * done by exchanging spreadsheets instead of live. The hub writes it and reads it back; this is the one
 * description of where everything sits, so the two cannot drift apart. Every header is bilingual (中文 /
 * English): the same file serves a Chinese office and an English-speaking partner.
 *
 * A hidden sheet names the workshop, round and county the file was made for and the layout's version; rows
 * carry the ids of the indicators, actions and matches in a hidden first column, so an import can tell a
 * reordered, inserted or deleted row from a filled one.
 */

/** Marks a workbook as ours (the hidden sheet's first cell). */
export const REVIEW_TEMPLATE_FORMAT = 'plan-workshop/follow-up-template'
/** Raised when the layout changes; a file from a newer app is refused instead of misread. */
export const REVIEW_TEMPLATE_VERSION = 1
/** A filled template is a few dozen KB; anything near this is not one. */
export const REVIEW_TEMPLATE_MAX_BYTES = 5 * 1024 * 1024

export const TEMPLATE_SHEETS = {
  about: '说明 About',
  indicators: '指标 Indicators',
  actions: '行动 Actions',
  matches: '资源对接 Matches',
  summary: '总结 Summary',
  /** veryHidden: what the file was made for. */
  meta: 'template',
} as const

/** Row 1 is the sheet's title, row 2 the headers; entries start on row 3. */
export const TITLE_ROW = 1
export const HEADER_ROW = 2
export const FIRST_ENTRY_ROW = 3

/** Columns of the indicators sheet (1-based, as spreadsheets count). */
export const INDICATOR_COLUMNS = {
  id: 1,
  name: 2,
  unit: 3,
  target: 4,
  previous: 5,
  actual: 6,
  gap: 7,
  note: 8,
} as const

/** Columns of the actions and the matches sheets. */
export const ITEM_COLUMNS = { id: 1, title: 2, status: 3, note: 4 } as const

/** Rows of the summary sheet: a label in column A, the county's entry in column B. */
export const SUMMARY_ROWS = { reporterName: 3, narrative: 4 } as const
export const SUMMARY_VALUE_COLUMN = 2

/** Keys of the hidden sheet, one per row: key in column A, value in column B. */
export const META_KEYS = ['format', 'version', 'workshopId', 'roundId', 'countyId', 'planYear'] as const
export type MetaKey = (typeof META_KEYS)[number]

const both = (zh: string, en: string) => `${zh} / ${en}`

export const INDICATOR_HEADERS = (planYear: number): Record<keyof typeof INDICATOR_COLUMNS, string> => ({
  id: both('编号', 'ID'),
  name: both('指标', 'Indicator'),
  unit: both('单位', 'Unit'),
  target: both(`${planYear} 年目标`, `Target ${planYear}`),
  previous: both('上次实际值', 'Previous actual'),
  actual: both('本次实际值（请填写）', 'Actual (fill in)'),
  gap: both('差距（自动计算）', 'Gap (calculated)'),
  note: both('说明', 'Note'),
})

export const ACTION_HEADERS: Record<keyof typeof ITEM_COLUMNS, string> = {
  id: both('编号', 'ID'),
  title: both('行动', 'Action'),
  status: both('状态（请选择）', 'Status (choose)'),
  note: both('说明', 'Note'),
}

export const MATCH_HEADERS: Record<keyof typeof ITEM_COLUMNS, string> = {
  ...ACTION_HEADERS,
  title: both('资源对接', 'Resource match'),
}

export const SUMMARY_LABELS: Record<keyof typeof SUMMARY_ROWS, string> = {
  reporterName: both('填报人', 'Reported by'),
  narrative: both('进展总结', 'Narrative'),
}

/** A resource match's title as its row shows it: both languages when they differ, else the one there is. */
export const matchTitleText = (title: Localized): string =>
  !title.en || title.en === title['zh-CN']
    ? title['zh-CN']
    : !title['zh-CN']
      ? title.en
      : both(title['zh-CN'], title.en)

/** The status as the template's drop-down offers it: both languages, so either office reads it. */
export const statusCellText = (status: ItemStatus): string =>
  both(ITEM_STATUS_LABELS[status]['zh-CN'], ITEM_STATUS_LABELS[status].en)

/** The drop-down's choices, in the order of the statuses. */
export const STATUS_CHOICES: readonly string[] = ITEM_STATUSES.map(statusCellText)

/**
 * A status cell as a person may have left it: the drop-down's text, either language alone, or the status
 * id, ignoring case and spaces; empty is 'not-reported'. Anything else is null (the import names the cell).
 */
export function statusFromCell(text: string): ItemStatus | null {
  const wanted = text.replace(/\s+/g, '').toLowerCase()
  if (wanted === '') return 'not-reported'
  for (const status of ITEM_STATUSES) {
    const labels = [status, statusCellText(status), ...Object.values(ITEM_STATUS_LABELS[status])]
    if (labels.some((label) => label.replace(/\s+/g, '').toLowerCase() === wanted)) return status
  }
  return null
}

/** A1-style reference to a cell of a template sheet, as a spreadsheet shows it: `'指标 Indicators'!F5`. */
export function cellReference(sheet: string, row: number, column: number): string {
  let letters = ''
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters
  return `'${sheet.replace(/'/g, "''")}'!${letters}${row}`
}
