import { z } from 'zod'
import { countyInputSchema } from '../county/county-schema'
import { createWorkshopSchema } from '../workshop/workshop-schema'
import { demoFollowUpRoundSchema } from './demo-follow-up-schema'

/**
 * The demo data file shipped in resources/demo: a workshop and its counties (one group is made per county),
 * and follow-up review rounds whose figures are illustrative (their names and narratives say so).
 */
export const demoFileSchema = z.object({
  workshop: createWorkshopSchema,
  counties: z.array(countyInputSchema).min(1),
  followUpRounds: z.array(demoFollowUpRoundSchema).default([]),
})
export type DemoFile = z.output<typeof demoFileSchema>
