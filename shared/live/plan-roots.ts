import type * as Y from 'yjs'
import { COUNTY_DATA_CARD_ROOTS } from '../exercises/county-data-card/county-data-card-doc'
import { DOT_VOTE_ROOTS } from '../exercises/dot-vote/dot-vote-doc'
import { PROBLEM_TREE_ROOTS } from '../exercises/problem-tree/problem-tree-doc'
import { RESOURCE_MATCHING_ROOTS } from '../exercises/resource-matching/resource-matching-doc'
import { SWOT_ROOTS } from '../exercises/swot/swot-doc'
import { TARGET_SETTING_ROOTS } from '../exercises/target-setting/target-setting-doc'
import type { ExerciseKind } from '../program/exercise-kinds'
import type { ProseField } from './plan-schema'

/**
 * The top-level shared types of a county plan's Yjs document. An exercise slice names the roots it owns
 * in its <kind>-doc.ts as <KIND>_ROOTS, beside their accessors; the others are named here.
 *   meta          Y.Map  { schemaVersion }
 *   info          Y.Map  { title, startYear, endYear, status }                        (v2)
 *   actions       ordered { batch, title, description: Y.XmlFragment, …, milestones: ordered,
 *                           budgetLines: ordered, indicatorIds: Y.Map{id: true}, matchId, needText,
 *                           resourceTitle }                                            (v2)
 *   prose:<f>     Y.XmlFragment   TipTap documents, co-edited per character
 *   and the roots of each exercise, listed in its slice (shared/exercises/<kind>/<kind>-doc.ts)
 * "ordered" is a Y.Map of Y.Map items keyed by id with a fractional `order` key (ordered-map.ts):
 * every user-reorderable list, because moving inside a Y.Array duplicates or loses items under
 * concurrent moves. Short fields are plain values (last write wins); prose is per character.
 */
export const PLAN_SCHEMA_VERSION = 2

/** The roots each exercise owns, one line per exercise: what a lock on that exercise covers. */
export const EXERCISE_ROOTS: Partial<Record<ExerciseKind, readonly string[]>> = {
  'county-data-card': COUNTY_DATA_CARD_ROOTS,
  'problem-tree': PROBLEM_TREE_ROOTS,
  swot: SWOT_ROOTS,
  'dot-vote': DOT_VOTE_ROOTS,
  'resource-matching': RESOURCE_MATCHING_ROOTS,
  'target-setting': TARGET_SETTING_ROOTS,
}

export const proseFragmentName = (field: ProseField) => `prose:${field}`

export const planMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const planInfo = (doc: Y.Doc) => doc.getMap<unknown>('info')
export { planActions } from './action-root'
export const planProse = (doc: Y.Doc, field: ProseField) => doc.getXmlFragment(proseFragmentName(field))

export function planSchemaVersion(doc: Y.Doc): number {
  const version = planMeta(doc).get('schemaVersion')
  return typeof version === 'number' ? version : 0
}
