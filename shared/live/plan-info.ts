import type * as Y from 'yjs'
import { setFields } from './item-fields'
import { planInfo } from './plan-roots'
import type { PlanInfo } from './plan-schema'

/** Title, period (years of the annual targets) and draft/final status of the plan. */
export function updatePlanInfo(doc: Y.Doc, patch: Partial<PlanInfo>): void {
  doc.transact(() => setFields(planInfo(doc), patch))
}
