import type * as Y from 'yjs'
import { setFields } from '../../live/item-fields'
import { proseFragmentName } from '../../live/prose-text'
import { SIGN_OFF_PROSE_FIELDS, type PlanInfo, type SignOffProseField } from './sign-off-schema'

/**
 * The sign-off's roots in the plan document:
 *   info             Y.Map  { title, startYear, endYear, status }
 *   prose:monitoring Y.XmlFragment, the review schedule
 */
export const SIGN_OFF_ROOTS = ['info', ...SIGN_OFF_PROSE_FIELDS.map(proseFragmentName)] as const

export const planInfo = (doc: Y.Doc) => doc.getMap<unknown>(SIGN_OFF_ROOTS[0])

/** A sign-off prose field, for a TipTap editor (Collaboration `fragment` option). */
export const signOffProse = (doc: Y.Doc, field: SignOffProseField) =>
  doc.getXmlFragment(proseFragmentName(field))

/** Title, period (years of the annual targets) and draft/final status of the plan. */
export function updatePlanInfo(doc: Y.Doc, patch: Partial<PlanInfo>): void {
  doc.transact(() => setFields(planInfo(doc), patch))
}
