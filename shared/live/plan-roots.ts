import type * as Y from 'yjs'
import { ACTION_PLAN_ROOTS } from '../exercises/action-plan/action-plan-doc'
import { COUNTY_DATA_CARD_ROOTS } from '../exercises/county-data-card/county-data-card-doc'
import { DOT_VOTE_HUB_ROOTS, DOT_VOTE_ROOTS } from '../exercises/dot-vote/dot-vote-doc'
import { LOGFRAME_ROOTS } from '../exercises/logframe/logframe-doc'
import { PROBLEM_TREE_ROOTS } from '../exercises/problem-tree/problem-tree-doc'
import { RESOURCE_MATCHING_ROOTS } from '../exercises/resource-matching/resource-matching-doc'
import { PLAN_CONTROL_ROOT, SIGN_OFF_ROOTS } from '../exercises/sign-off/sign-off-doc'
import { SWOT_ROOTS } from '../exercises/swot/swot-doc'
import { TARGET_SETTING_ROOTS } from '../exercises/target-setting/target-setting-doc'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { ProseField } from './plan-schema'
import { proseFragmentName } from './prose-text'

/**
 * The top-level shared types of a county plan's Yjs document. Each exercise slice names the roots it
 * owns in its <kind>-doc.ts as <KIND>_ROOTS, beside their accessors (e.g. `swot`, an ordered map of
 * cards; `prose:goal`, a Y.XmlFragment co-edited per character). Only FACILITATOR_ROOTS are not a
 * group's to write: `meta` { schemaVersion } (the hub's) and `control` { status } (the final mark).
 * "Ordered" collections are a Y.Map of Y.Map items keyed by id with a fractional `order` key
 * (ordered-map.ts): every user-reorderable list, because moving inside a Y.Array duplicates or loses
 * items under concurrent moves. Short fields are plain values (last write wins); prose is per character.
 */
export const PLAN_SCHEMA_VERSION = 3

/** The roots each exercise owns, one line per exercise: what a lock on that exercise covers. */
export const EXERCISE_ROOTS: Partial<Record<ExerciseKind, readonly string[]>> = {
  'county-data-card': COUNTY_DATA_CARD_ROOTS,
  'problem-tree': PROBLEM_TREE_ROOTS,
  swot: SWOT_ROOTS,
  'dot-vote': DOT_VOTE_ROOTS,
  'resource-matching': RESOURCE_MATCHING_ROOTS,
  'target-setting': TARGET_SETTING_ROOTS,
  'action-plan': ACTION_PLAN_ROOTS,
  logframe: LOGFRAME_ROOTS,
  'sign-off': SIGN_OFF_ROOTS,
}

/**
 * Roots only the hub writes, through its own connection: what it publishes for every device to read
 * (the dot vote's revealed totals). A device's write to one is never accepted.
 */
export const HUB_WRITTEN_ROOTS: readonly string[] = [...DOT_VOTE_HUB_ROOTS]

/**
 * Roots only the facilitator (or the hub) writes, each with the exercise whose screen shows it (null:
 * none). The hub refuses a group's write to any of them (electron/hub/live/write-rules.ts).
 */
export const FACILITATOR_ROOTS: Readonly<Record<string, ExerciseKind | null>> = {
  meta: null,
  [PLAN_CONTROL_ROOT]: 'sign-off',
  ...Object.fromEntries(HUB_WRITTEN_ROOTS.map((root) => [root, 'dot-vote' as const])),
}

/** Every root a plan document may have; a write anywhere else is refused from a group. */
export const PLAN_ROOTS: ReadonlySet<string> = new Set([
  ...Object.keys(FACILITATOR_ROOTS),
  ...Object.values(EXERCISE_ROOTS).flat(),
])

// Roots an exercise owns are named in its slice; these are here for the code that links across them.
export { planActions } from '../exercises/action-plan/action-plan-doc'
export { planInfo } from '../exercises/sign-off/sign-off-doc'
export { proseFragmentName }

export const planMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const planProse = (doc: Y.Doc, field: ProseField) => doc.getXmlFragment(proseFragmentName(field))

export function planSchemaVersion(doc: Y.Doc): number {
  const version = planMeta(doc).get('schemaVersion')
  return typeof version === 'number' ? version : 0
}
