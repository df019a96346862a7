import type * as Y from 'yjs'
import type { OrderedCollection } from './ordered-map'
import type { ProseField } from './plan-schema'
import { proseFragmentName } from './prose-text'

/**
 * The top-level shared types of a county plan's Yjs document: the one place that names them.
 *   meta          Y.Map  { schemaVersion }
 *   info          the sign-off's: shared/exercises/sign-off/sign-off-doc.ts             (v2)
 *   dataCard      Y.Map  { <DataCardField>: number | null }
 *   swot          ordered { quadrant, text }
 *   problemTree   Y.Map  { coreProblem }                                               (v2)
 *   problemNodes  ordered { kind, parentId, text }                                     (v2)
 *   objectives    ordered { text, sourceNodeId }                                       (v2)
 *   dotVotes      Y.Map  { "<cardId>:<voterId>": count }                               (v2)
 *   needs         ordered { kind, text }                                               (v2)
 *   matches       ordered { needId, resourceId, resourceTitle, resourceProvider, commitment, owner, status } (v2)
 *   indicators    ordered { name, kind, unit, baselineValue, baselineYear, targets: Y.Map{year: value},
 *                           attribute, responsibleUnit, verificationSource, objectiveId }  (v2)
 *   benefit       Y.Map  { <BenefitInputField>: number | null }                        (v2)
 *   actions       the action plan's: shared/exercises/action-plan/action-plan-doc.ts    (v2)
 *   prose:<f>     Y.XmlFragment   TipTap documents, co-edited per character; goal, assumptions and risks
 *                 are the logframe's (shared/exercises/logframe/logframe-doc.ts), monitoring the sign-off's
 * "ordered" is a Y.Map of Y.Map items keyed by id with a fractional `order` key (ordered-map.ts):
 * every user-reorderable list, because moving inside a Y.Array duplicates or loses items under
 * concurrent moves. Short fields are plain values (last write wins); prose is per character.
 */
export const PLAN_SCHEMA_VERSION = 2

// Roots an exercise owns are named in its slice; these are here for the slices that link to them.
export { planActions } from '../exercises/action-plan/action-plan-doc'
export { planInfo } from '../exercises/sign-off/sign-off-doc'
export { proseFragmentName }

export const planMeta = (doc: Y.Doc) => doc.getMap<unknown>('meta')
export const planDataCard = (doc: Y.Doc) => doc.getMap<number | null>('dataCard')
export const planSwot = (doc: Y.Doc) => doc.getMap('swot') as OrderedCollection
export const planProblemTree = (doc: Y.Doc) => doc.getMap<unknown>('problemTree')
export const planProblemNodes = (doc: Y.Doc) => doc.getMap('problemNodes') as OrderedCollection
export const planObjectives = (doc: Y.Doc) => doc.getMap('objectives') as OrderedCollection
export const planDotVotes = (doc: Y.Doc) => doc.getMap<unknown>('dotVotes')
export const planNeeds = (doc: Y.Doc) => doc.getMap('needs') as OrderedCollection
export const planMatches = (doc: Y.Doc) => doc.getMap('matches') as OrderedCollection
export const planIndicators = (doc: Y.Doc) => doc.getMap('indicators') as OrderedCollection
export const planBenefit = (doc: Y.Doc) => doc.getMap<unknown>('benefit')
export const planProse = (doc: Y.Doc, field: ProseField) => doc.getXmlFragment(proseFragmentName(field))

export function planSchemaVersion(doc: Y.Doc): number {
  const version = planMeta(doc).get('schemaVersion')
  return typeof version === 'number' ? version : 0
}
