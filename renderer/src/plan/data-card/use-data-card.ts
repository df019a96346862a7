import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { planDataCard } from '../../../../shared/exercises/county-data-card/county-data-card-doc'
import {
  DATA_CARD_FIELDS,
  type DataCard,
} from '../../../../shared/exercises/county-data-card/county-data-card-schema'

function readDataCard(doc: Y.Doc): DataCard {
  const map = planDataCard(doc)
  return Object.fromEntries(
    DATA_CARD_FIELDS.map((field) => {
      const value = map.get(field)
      return [field, typeof value === 'number' && Number.isFinite(value) ? value : null]
    }),
  ) as DataCard
}

/** The data card's figures as they are in the live document now, local and remote changes alike. */
export function useDataCard(doc: Y.Doc): DataCard {
  const [card, setCard] = useState(() => readDataCard(doc))
  useEffect(() => {
    const map = planDataCard(doc)
    const refresh = () => setCard(readDataCard(doc))
    refresh()
    map.observe(refresh)
    return () => map.unobserve(refresh)
  }, [doc])
  return card
}
