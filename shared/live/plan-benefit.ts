import type * as Y from 'yjs'
import { planBenefit } from './plan-roots'
import type { BenefitInputField } from './plan-schema'

/**
 * One input of the benefit calculator; null clears it. A cleared base population falls back to the
 * data card's figures (see resolveBenefitInputs), so leave it null unless the group overrides it.
 */
export function setBenefitInput(doc: Y.Doc, field: BenefitInputField, value: number | null): void {
  planBenefit(doc).set(field, value !== null && Number.isFinite(value) ? value : null)
}
