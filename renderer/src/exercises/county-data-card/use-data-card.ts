import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { planDataCard } from '../../../../shared/exercises/county-data-card/county-data-card-doc'
import { readDataCard } from '../../../../shared/exercises/county-data-card/county-data-card-read'
import type { DataCard } from '../../../../shared/exercises/county-data-card/county-data-card-schema'

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
