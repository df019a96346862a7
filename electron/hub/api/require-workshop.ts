import { notFound } from '../http/api-errors'
import type { Store } from '../store/store'

/** The workshop id a route names, once it is known to exist (404 otherwise). */
export function requireWorkshop(store: Store, workshopId: string): string {
  if (!store.workshops.get(workshopId)) throw notFound()
  return workshopId
}
