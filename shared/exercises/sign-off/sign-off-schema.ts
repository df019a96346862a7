import { z } from 'zod'
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from '../../validation/plan-years'
import { PLAN_STATUSES } from '../../vocabulary/plan-vocabulary'

/**
 * The sign-off's part of the plan: the cover details (title, period, draft or final) and the monitoring
 * and review schedule agreed at sign-off (prose, co-edited per character). Who took part is kept by the
 * hub, not in the plan (participants.ts).
 */
const planYear = z.number().int().min(FIRST_PLAN_YEAR).max(LAST_PLAN_YEAR).nullable()

/** Cover details: the plan's title and period (the years of its annual targets), and whether it is final. */
export const planInfoSchema = z.object({
  title: z.string(),
  startYear: planYear,
  endYear: planYear,
  status: z.enum(PLAN_STATUSES).meta({ blank: 'draft' }),
})
export type PlanInfo = z.output<typeof planInfoSchema>

export const SIGN_OFF_PROSE_FIELDS = ['monitoring'] as const
export type SignOffProseField = (typeof SIGN_OFF_PROSE_FIELDS)[number]
export type SignOffProse = Record<SignOffProseField, string[]>
