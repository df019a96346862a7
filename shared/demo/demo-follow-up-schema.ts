import { z } from 'zod'
import {
  followUpReportInputSchema,
  REPORTER_ROLES,
  targetSnapshotSchema,
} from '../follow-up/follow-up-report-schema'
import { followUpRoundInputSchema } from '../follow-up/follow-up-round-schema'

/**
 * A follow-up review round of the demo file with the counties' reports, each naming its county by its
 * Chinese name (ids are made when the demo is seeded) and carrying the targets it was judged against.
 */
export const demoFollowUpRoundSchema = followUpRoundInputSchema.extend({
  reports: z.array(
    followUpReportInputSchema.extend({
      county: z.string(),
      targets: targetSnapshotSchema,
      reporterRole: z.enum(REPORTER_ROLES),
      reportedAt: z.iso.datetime(),
    }),
  ),
})
export type DemoFollowUpRound = z.output<typeof demoFollowUpRoundSchema>
