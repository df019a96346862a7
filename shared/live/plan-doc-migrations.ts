import type * as Y from 'yjs'
import { PLAN_SCHEMA_VERSION, planDataCard, planMeta, planSchemaVersion } from './plan-doc'
import { DATA_CARD_FIELDS, type DataCard } from './plan-schema'

/** Origin of transactions made by migrations, so observers can tell them from users' edits. */
export const MIGRATION_ORIGIN = 'plan-workshop:migration'

/**
 * Steps from one plan schema version to the next; step N turns version N−1 into N. Only the hub
 * runs them, once, right after loading, so two devices never both initialise the same document.
 */
const STEPS: ((doc: Y.Doc, seed: Partial<DataCard>) => void)[] = [
  // 0 → 1: a new plan starts from the county's reference figures entered at setup.
  (doc, seed) => {
    const dataCard = planDataCard(doc)
    for (const field of DATA_CARD_FIELDS) {
      if (!dataCard.has(field)) dataCard.set(field, seed[field] ?? null)
    }
  },
]

export class PlanTooNewError extends Error {
  constructor(readonly found: number) {
    super(`plan document schema ${found} is newer than ${PLAN_SCHEMA_VERSION}`)
  }
}

/** Brings a plan document up to PLAN_SCHEMA_VERSION; returns whether anything changed. */
export function migratePlanDoc(doc: Y.Doc, seed: Partial<DataCard> = {}): boolean {
  const from = planSchemaVersion(doc)
  if (from > PLAN_SCHEMA_VERSION) throw new PlanTooNewError(from)
  if (from === PLAN_SCHEMA_VERSION) return false
  doc.transact(() => {
    for (let version = from; version < PLAN_SCHEMA_VERSION; version++) STEPS[version]?.(doc, seed)
    planMeta(doc).set('schemaVersion', PLAN_SCHEMA_VERSION)
  }, MIGRATION_ORIGIN)
  return true
}
