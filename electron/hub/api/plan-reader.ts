import type { Hocuspocus } from '@hocuspocus/server'
import * as Y from 'yjs'
import type { County } from '../../../shared/county/county-schema'
import { planDocName } from '../../../shared/live/doc-names'
import { migratePlanDoc } from '../../../shared/live/plan-doc-migrations'
import { readPlan } from '../../../shared/live/plan-read'
import type { Plan } from '../../../shared/live/plan-schema'
import type { Store } from '../store/store'

/**
 * A county's plan as it stands now, read without disturbing a live session. A document that devices
 * are editing is read from Hocuspocus's instance (it holds edits the update writer may still be
 * committing); any other is rebuilt from SQLite into a throw-away Y.Doc, so reading never loads a
 * document into the live server, never writes, and never runs its hooks.
 */
export async function readCountyPlan(
  store: Store,
  hocuspocus: Hocuspocus,
  workshopId: string,
  county: County,
): Promise<Plan> {
  const name = planDocName(workshopId, county.id)
  const live = hocuspocus.documents.get(name) ?? (await hocuspocus.loadingDocuments.get(name))
  if (live) return readPlan(live)
  const doc = new Y.Doc()
  try {
    const stored = store.liveDocs.load(name)
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    // In memory only: a plan nobody has opened yet reads as the county's starting figures, exactly as
    // the hub would set it up on first open.
    migratePlanDoc(doc, county)
    return readPlan(doc)
  } finally {
    doc.destroy()
  }
}
