import type * as Y from 'yjs'
import type { DataCardField } from './county-data-card-schema'

/**
 * The roots the data card exercise owns:
 *   dataCard                Y.Map          { <DataCardField>: number | null }
 *   prose:situationSummary  Y.XmlFragment  the situation summary, a TipTap document
 */
export const COUNTY_DATA_CARD_ROOTS = ['dataCard', 'prose:situationSummary'] as const

export const planDataCard = (doc: Y.Doc) => doc.getMap<number | null>('dataCard')

export function setDataCardField(doc: Y.Doc, field: DataCardField, value: number | null): void {
  planDataCard(doc).set(field, value)
}
