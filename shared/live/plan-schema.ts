import { z } from 'zod'
import { actionPlanSchema } from '../exercises/action-plan/action-plan-schema'
import {
  COUNTY_DATA_CARD_PROSE_FIELDS,
  dataCardSchema,
} from '../exercises/county-data-card/county-data-card-schema'
import { dotVoteResultSchema } from '../exercises/dot-vote/dot-vote-schema'
import { LOGFRAME_PROSE_FIELDS } from '../exercises/logframe/logframe-schema'
import { objectiveSchema, problemTreeSchema } from '../exercises/problem-tree/problem-tree-schema'
import { resourceMatchingPlanShape } from '../exercises/resource-matching/resource-matching-schema'
import { planInfoSchema, SIGN_OFF_PROSE_FIELDS } from '../exercises/sign-off/sign-off-schema'
import { swotCardSchema } from '../exercises/swot/swot-schema'
import { targetSettingPlanShape } from '../exercises/target-setting/target-setting-schema'

/**
 * What a county's live plan contains, as a validated plain object (for export, tests and checks),
 * composed of the exercises' parts (shared/exercises/<kind>/<kind>-schema.ts). The schema states types,
 * not business rules: a plan being drafted is full of blanks (null or '') and of figures that do not add
 * up yet; the consistency checks (e.g. target-checks.ts) say so inline.
 */

// The slices' types, for code that reads the whole plan.
export * from '../exercises/action-plan/action-plan-schema'
export type { PlanInfo } from '../exercises/sign-off/sign-off-schema'

/** Prose fields, co-edited character by character; read back as plain paragraphs. Each is an exercise's. */
export const PROSE_FIELDS = [
  ...COUNTY_DATA_CARD_PROSE_FIELDS,
  ...LOGFRAME_PROSE_FIELDS,
  ...SIGN_OFF_PROSE_FIELDS,
] as const
export type ProseField = (typeof PROSE_FIELDS)[number]

export const planSchema = z.object({
  schemaVersion: z.number().int(),
  info: planInfoSchema,
  dataCard: dataCardSchema,
  prose: z.object(
    Object.fromEntries(PROSE_FIELDS.map((field) => [field, z.array(z.string())])) as Record<
      ProseField,
      z.ZodArray<z.ZodString>
    >,
  ),
  swot: z.array(swotCardSchema),
  problemTree: problemTreeSchema,
  objectives: z.array(objectiveSchema),
  /** The dot vote's totals per card, once the facilitator has revealed them (empty before). */
  dotResults: z.array(dotVoteResultSchema),
  ...resourceMatchingPlanShape,
  ...targetSettingPlanShape,
  actions: actionPlanSchema,
})
export type Plan = z.output<typeof planSchema>
