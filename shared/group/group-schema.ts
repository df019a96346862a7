import { z } from 'zod'
import { idSchema, optionalText, requiredText } from '../validation/common-fields'

export const groupMemberSchema = z.object({
  name: requiredText(100),
  /** The member's post, e.g. 副县长 deputy county head. */
  post: optionalText(200),
})
export type GroupMember = z.output<typeof groupMemberSchema>

/** One county team: the officials who draft that county's plan together. */
export const groupInputSchema = z.object({
  countyId: idSchema,
  name: requiredText(100),
  members: z.array(groupMemberSchema).max(20, 'v.tooMany').default([]),
})
export type GroupInput = z.input<typeof groupInputSchema>

export const groupSchema = groupInputSchema.extend({
  id: idSchema,
  workshopId: idSchema,
  updatedAt: z.string(),
})
export type Group = z.output<typeof groupSchema>
