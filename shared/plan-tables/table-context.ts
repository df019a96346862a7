import { createI18n, translator, type Translate } from '../i18n/translator'
import type { TreeOf } from '../i18n/catalogue'
import type { Locale } from '../locale/locale'
import type { ColumnType, TableColumn } from './plan-table'
import { planTablesMessages } from './plan-tables-messages'

/** What every table builder needs: the language and its headers. */
export interface TableContext {
  locale: Locale
  t: Translate<TreeOf<typeof planTablesMessages>>
}

const i18n = createI18n()

export function tableContext(locale: Locale): TableContext {
  return { locale, t: translator(i18n, planTablesMessages, locale) }
}

/** Widths in characters: wide enough for the header or a typical value, whichever is longer. */
const WIDTHS: Record<ColumnType, number> = { text: 24, number: 14, year: 10, date: 12 }

export function column(header: string, type: ColumnType, width = WIDTHS[type]): TableColumn {
  return { header, type, width }
}

/** Paragraphs of co-edited prose as one cell, a line each. */
export const joinParagraphs = (paragraphs: readonly string[]) =>
  paragraphs.filter((paragraph) => paragraph.trim() !== '').join('\n')
