import * as Y from 'yjs'
import { seedDemo } from '../../electron/hub/demo/seed-demo'
import { DEMO_FILE } from '../../electron/hub/app-paths'
import { openStore, type Store } from '../../electron/hub/store/store'
import type { County } from '../../shared/county/county-schema'
import { planDocName } from '../../shared/live/doc-names'
import { countyInputSchema } from '../../shared/county/county-schema'
import { newId } from '../../shared/ids/new-id'
import { fillLueyangPlan } from './lueyang-plan'
import { fillHostilePlan, fillLongPlan } from './long-plan'

/** A county name that tries path traversal, separators and a reserved device name at once. */
export const HOSTILE_COUNTY_NAME = '../../CON/<县>:*?"|\\'

export interface ExportData {
  workshopId: string
  counties: County[]
  lueyang: County
  /** With `stress`: a county whose plan has 40 long actions, and one with a hostile name and plan. */
  long?: County
  hostile?: County
}

/** Stores a plan document the way the hub does (a compacted snapshot), without a running hub. */
export function storePlan(
  store: Store,
  workshopId: string,
  countyId: string,
  fill: (doc: Y.Doc) => void,
): void {
  const doc = new Y.Doc()
  fill(doc)
  store.liveDocs.compact(planDocName(workshopId, countyId), Y.encodeStateAsUpdate(doc))
  doc.destroy()
}

/**
 * A data folder holding the demo workshop, with Lueyang's plan filled in completely (see
 * lueyang-plan.ts: its non-DOMAIN figures are test placeholders) and two named group members.
 * The other demo counties keep the plans a group would start from.
 */
export function seedExportData(dataDir: string, options: { stress?: boolean } = {}): ExportData {
  const store = openStore(dataDir)
  try {
    const seeded = seedDemo(store, DEMO_FILE)
    if (!seeded.seeded) throw new Error('the export test data folder was not empty')
    const workshopId = seeded.workshop.id
    const counties = store.counties.list(workshopId)
    const lueyang = counties.find((county) => county.name === '略阳县')!
    storePlan(store, workshopId, lueyang.id, (doc) => fillLueyangPlan(doc))
    const group = store.groups.list(workshopId).find((candidate) => candidate.countyId === lueyang.id)!
    store.groups.update(workshopId, group.id, {
      countyId: lueyang.id,
      name: group.name,
      members: [
        { name: '王伟', post: '副县长' },
        { name: '李娜', post: '县商务局局长' },
      ],
    })
    if (!options.stress) return { workshopId, counties, lueyang }
    const long = counties.find((county) => county.name === '鹤峰县')!
    storePlan(store, workshopId, long.id, fillLongPlan)
    const hostile = store.counties.create(
      workshopId,
      newId(),
      countyInputSchema.parse({ name: HOSTILE_COUNTY_NAME }),
    )
    storePlan(store, workshopId, hostile.id, fillHostilePlan)
    return { workshopId, counties: store.counties.list(workshopId), lueyang, long, hostile }
  } finally {
    store.close()
  }
}
