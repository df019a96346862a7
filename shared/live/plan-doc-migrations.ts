import type * as Y from 'yjs'
import { planDataCard } from '../exercises/county-data-card/county-data-card-doc'
import { DATA_CARD_FIELDS, type DataCard } from '../exercises/county-data-card/county-data-card-schema'
import { planProblemTree } from '../exercises/problem-tree/problem-tree-doc'
import { planControl } from '../exercises/sign-off/sign-off-doc'
import { planBenefit } from '../exercises/target-setting/target-setting-doc'
import { BENEFIT_INPUT_FIELDS } from '../exercises/target-setting/target-setting-schema'
import { PLAN_SCHEMA_VERSION, planInfo, planMeta, planSchemaVersion } from './plan-roots'

/** Origin of transactions made by migrations, so observers can tell them from users' edits. */
export const MIGRATION_ORIGIN = 'plan-workshop:migration'

/** Sets a key only where nothing is stored: a migration adds structure and never overwrites content. */
function initialise(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (!map.has(key)) map.set(key, value)
}

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
  // 1 → 2: the structured exercises. The keyed collections (problem cards, objectives, needs,
  // matches, indicators, actions, dot votes) and the new prose fields need nothing: an absent one
  // reads as empty. Only the single-value maps get their blank fields, so each field exists once.
  (doc) => {
    const info = planInfo(doc)
    initialise(info, 'title', '')
    initialise(info, 'startYear', null)
    initialise(info, 'endYear', null)
    initialise(planProblemTree(doc), 'coreProblem', '')
    const benefit = planBenefit(doc)
    for (const field of BENEFIT_INPUT_FIELDS) initialise(benefit, field, null)
  },
  // 2 → 3: the draft/final status moves from `info` (the group's) to `control` (the facilitator's), so
  // the hub can refuse a group's "final" by the root it writes. Safe to run again: it only moves a
  // status where `control` has none yet.
  (doc) => {
    const info = planInfo(doc)
    const control = planControl(doc)
    if (!control.has('status')) control.set('status', info.get('status') === 'final' ? 'final' : 'draft')
    if (info.has('status')) info.delete('status')
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
