import { z } from 'zod'
import { idSchema, isoDateSchema, requiredText, yearSchema } from '../validation/common-fields'

/**
 * A follow-up review round (跟踪复盘), months after the class: the facilitator names and dates it and says
 * which plan year's targets it judges the counties against (a round in late 2018 against the 2018 targets).
 */
export const followUpRoundInputSchema = z.object({
  /** As people say it: "2018 年第三季度", "2018 year end". */
  name: requiredText(100),
  date: isoDateSchema,
  planYear: yearSchema,
})
export type FollowUpRoundInput = z.output<typeof followUpRoundInputSchema>

export const followUpRoundSchema = followUpRoundInputSchema.extend({
  id: idSchema,
  workshopId: idSchema,
  /** ISO timestamp; rounds are listed by `date`, then by when they were made. */
  createdAt: z.string(),
  /**
   * Whether the counties' own groups may enter their reports now (the facilitator opens and closes it);
   * a closed round is read-only to them. Files written before the switch existed hold none: closed.
   */
  openToCounties: z.boolean().default(false),
})
export type FollowUpRound = z.output<typeof followUpRoundSchema>

/** The facilitator opening a round to the counties' entry, or closing it. */
export const roundOpeningSchema = z.object({ open: z.boolean('v.invalid') })
