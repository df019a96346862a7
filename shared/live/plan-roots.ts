import type * as Y from 'yjs'
import type { OrderedCollection } from './ordered-map'
import type { ProseField } from './plan-schema'

/**
 * The top-level shared types of a county plan's Yjs document. An exercise slice names the roots it owns
 * in its <kind>-doc.ts as <KIND>_ROOTS, beside their accessors; the others are named here.
 *   meta          Y.Map  { schemaVersion }
 *   info          Y.Map  { title, startYear, endYear, status }                        (v2)
 *   dataCard      Y.Map  { <DataCardField>: number | null }
 *   swot          ordered { quadrant, text }
 *   problemTree   Y.Map  { coreProblem }                                               (v2)
 *   problemNodes  ordered { kind, parentId, text }                                     (v2)
 *   objectives    ordered { text, sourceNodeId }                                       (v2)
 *   dotVotes      Y.Map  { "<cardId>:<voterId>": count }                               (v2)
 *   needs, matches         RESOURCE_MATCHING_ROOTS (shared/exercises/resource-matching/)
 *   indicators, benefit    TARGET_SETTING_ROOTS (shared/exercises/target-setting/)
 *   actions       ordered { batch, title, description: Y.XmlFragment, …, milestones: ordered,
 *                           budgetLines: ordered, indicatorIds: Y.Map{id: true}, matchId, needText,
 *                           resourceTitle }                                            (v2)
 *   prose:<f>     Y.XmlFragment   TipTap documents, co-edited per character
 * "ordered" is a Y.Map of Y.Map items keyed by id with a fractional `order` key (ordered-map.ts):
 * every user-reorderable list, because moving inside a Y.Array duplicates or loses items under
 * concurrent moves. Short fields are plain values (last write wins); prose is per character.
 */
export const PLAN_SCHEMA_VERSION = 2

export const proseFragmentName = (field: ProseField) => `prose:${field}`

export const planMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const planInfo = (doc: Y.Doc) => doc.getMap<unknown>('info')
export const planDataCard = (doc: Y.Doc) => doc.getMap<number | null>('dataCard')
export const planSwot = (doc: Y.Doc) => doc.getMap('swot') as OrderedCollection
export const planProblemTree = (doc: Y.Doc) => doc.getMap<unknown>('problemTree')
export const planProblemNodes = (doc: Y.Doc) => doc.getMap('problemNodes') as OrderedCollection
export const planObjectives = (doc: Y.Doc) => doc.getMap('objectives') as OrderedCollection
export const planDotVotes = (doc: Y.Doc) => doc.getMap<unknown>('dotVotes')
export const planActions = (doc: Y.Doc) => doc.getMap('actions') as OrderedCollection
export const planProse = (doc: Y.Doc, field: ProseField) => doc.getXmlFragment(proseFragmentName(field))

export function planSchemaVersion(doc: Y.Doc): number {
  const version = planMeta(doc).get('schemaVersion')
  return typeof version === 'number' ? version : 0
}
