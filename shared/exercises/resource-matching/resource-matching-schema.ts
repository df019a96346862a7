import { z } from 'zod'
import { localizedSchema } from '../../locale/localized-schema'
import { MATCH_STATUSES, NEED_KINDS } from '../../vocabulary/plan-vocabulary'

/** A card of the county's needs and products (需求与产品). */
export const needSchema = z.object({
  id: z.string(),
  kind: z.enum(NEED_KINDS).meta({ blank: 'need' }),
  text: z.string(),
  order: z.string(),
})
export type Need = z.output<typeof needSchema>

/**
 * A resource from the workshop catalogue matched to a need. The resource's title and provider are
 * copied in when the match is made, so the plan still reads right if the catalogue changes later.
 * `needId` null: the need was deleted on another device while the match was being made.
 */
export const matchSchema = z.object({
  id: z.string(),
  needId: z.string().nullable(),
  resourceId: z.string(),
  resourceTitle: localizedSchema,
  resourceProvider: localizedSchema,
  commitment: z.string(),
  owner: z.string(),
  status: z.enum(MATCH_STATUSES).meta({ blank: 'proposed' }),
  order: z.string(),
})
export type Match = z.output<typeof matchSchema>

/** This exercise's part of the plan. */
export const resourceMatchingPlanShape = {
  needs: z.array(needSchema),
  matches: z.array(matchSchema),
}
export type ResourceMatchingPlan = z.output<z.ZodObject<typeof resourceMatchingPlanShape>>
