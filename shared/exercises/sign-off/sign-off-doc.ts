import type * as Y from 'yjs'
import type { PlanStatus } from '../../vocabulary/plan-vocabulary'
import { setFields } from '../../live/item-fields'
import { proseFragmentName } from '../../live/prose-text'
import { SIGN_OFF_PROSE_FIELDS, type PlanInfo, type SignOffProseField } from './sign-off-schema'

/**
 * The sign-off's roots in the plan document:
 *   info             Y.Map  { title, startYear, endYear }
 *   prose:monitoring Y.XmlFragment, the review schedule
 * The group co-edits them, so a lock on the sign-off covers them.
 */
export const SIGN_OFF_ROOTS = ['info', ...SIGN_OFF_PROSE_FIELDS.map(proseFragmentName)] as const

/**
 * The facilitator's part of the sign-off: `control` Y.Map { status: 'draft' | 'final' }. Final removes
 * the PDF's DRAFT mark, and only the facilitator may set it; the hub enforces that per root, so the
 * status lives in a root no group may write rather than beside the title in `info` (plan schema v3).
 */
export const PLAN_CONTROL_ROOT = 'control'

export const planInfo = (doc: Y.Doc) => doc.getMap<unknown>(SIGN_OFF_ROOTS[0])
export const planControl = (doc: Y.Doc) => doc.getMap<unknown>(PLAN_CONTROL_ROOT)

/** A sign-off prose field, for a TipTap editor (Collaboration `fragment` option). */
export const signOffProse = (doc: Y.Doc, field: SignOffProseField) =>
  doc.getXmlFragment(proseFragmentName(field))

/** Title and period (years of the annual targets) of the plan. */
export function updatePlanInfo(doc: Y.Doc, patch: Partial<Omit<PlanInfo, 'status'>>): void {
  doc.transact(() => setFields(planInfo(doc), patch))
}

/** Marks the plan final or back to draft: the facilitator's decision (the hub refuses it from a group). */
export function setPlanStatus(doc: Y.Doc, status: PlanStatus): void {
  planControl(doc).set('status', status)
}
