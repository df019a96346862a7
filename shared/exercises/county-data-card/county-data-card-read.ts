import type * as Y from 'yjs'
import { blankOf, readItem } from '../../live/tolerant-read'
import { planDataCard } from './county-data-card-doc'
import { dataCardSchema, type DataCard } from './county-data-card-schema'

/** The data card's figures; a figure that is not a finite number reads as not entered. */
export function readDataCard(doc: Y.Doc): DataCard {
  return (
    readItem(dataCardSchema, planDataCard(doc) as Y.Map<unknown>) ?? (blankOf(dataCardSchema) as DataCard)
  )
}
