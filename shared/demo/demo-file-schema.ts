import { z } from 'zod'
import { countyInputSchema } from '../county/county-schema'
import { createWorkshopSchema } from '../workshop/workshop-schema'

/** The demo data file shipped in resources/demo: a workshop and its counties (one group is made per county). */
export const demoFileSchema = z.object({
  workshop: createWorkshopSchema,
  counties: z.array(countyInputSchema).min(1),
})
export type DemoFile = z.output<typeof demoFileSchema>
