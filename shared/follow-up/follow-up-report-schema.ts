import { z } from 'zod'
import { localizedSchema } from '../locale/localized-schema'
import { idSchema, optionalText, plainText } from '../validation/common-fields'
import { INDICATOR_KINDS } from '../vocabulary/plan-vocabulary'

/**
 * A county's report for one follow-up round. Reviews never change the plan: the report keeps a snapshot of
 * what it is judged against (indicators with the round year's target, action and match titles), taken from
 * the plan when the report is first saved and never refreshed, so a plan edited later cannot move a
 * report's goalposts. Entries refer to the snapshot's ids.
 */

/** How an action or a resource match stands; 'not-reported' is what an entry is until someone says. */
export const ITEM_STATUSES = ['not-reported', 'on-track', 'late', 'done', 'dropped'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

/** Who reported: the facilitator (entering what the county said) or the county's own team. */
export const REPORTER_ROLES = ['facilitator', 'county'] as const
export type ReporterRole = (typeof REPORTER_ROLES)[number]

const note = optionalText(1000, { multiline: true })

/** An indicator as the plan stated it, with the target for the round's plan year (null: none that year). */
export const indicatorTargetSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string(),
  target: z.number().nullable(),
})
export type IndicatorTarget = z.output<typeof indicatorTargetSchema>

export const reviewedItemSchema = z.object({ id: z.string(), title: z.string() })
export const reviewedMatchSchema = z.object({ id: z.string(), title: localizedSchema })

/** What the report is judged against, frozen when it is first saved. */
export const targetSnapshotSchema = z.object({
  planYear: z.number().int(),
  indicators: z.array(indicatorTargetSchema),
  actions: z.array(reviewedItemSchema),
  matches: z.array(reviewedMatchSchema),
  /** The plan's headline: people lifted out of poverty by `byYear` (Lueyang: 19,200 by 2020); null unknown. */
  peoplePlanned: z.number().nullable(),
  peoplePlannedBy: z.number().int().nullable(),
})
export type TargetSnapshot = z.output<typeof targetSnapshotSchema>

/** An indicator's actual value as of the round; null: not reported. */
export const indicatorActualSchema = z.object({
  indicatorId: z.string(),
  actual: z
    .number('v.number')
    .refine(Number.isFinite, 'v.number')
    .max(1e12, 'followUp.actualTooBig')
    .nullable(),
  note,
})
export type IndicatorActual = z.output<typeof indicatorActualSchema>

export const itemReportSchema = z.object({
  itemId: z.string(),
  status: z.enum(ITEM_STATUSES, 'v.invalid'),
  note,
})
export type ItemReport = z.output<typeof itemReportSchema>

/** What a report's author sends; the hub adds the snapshot, the role (from the credential) and the time. */
export const followUpReportInputSchema = z.object({
  indicators: z.array(indicatorActualSchema).max(200, 'v.tooMany'),
  actions: z.array(itemReportSchema).max(500, 'v.tooMany'),
  matches: z.array(itemReportSchema).max(500, 'v.tooMany'),
  narrative: optionalText(4000, { multiline: true }),
  reporterName: plainText(100).default(''),
})
export type FollowUpReportInput = z.output<typeof followUpReportInputSchema>

/** Who saved one field of a report last, and when: a county member by the name they joined with. */
export const fieldSaveSchema = z.object({
  role: z.enum(REPORTER_ROLES),
  name: z.string().max(100),
  at: z.string().max(40),
})
export type FieldSave = z.output<typeof fieldSaveSchema>

export const followUpReportSchema = followUpReportInputSchema.extend({
  roundId: idSchema,
  countyId: idSchema,
  targets: targetSnapshotSchema,
  reporterRole: z.enum(REPORTER_ROLES),
  /** ISO timestamp of the last save; null: nothing saved yet (the targets are then the plan's as it is now). */
  reportedAt: z.string().nullable(),
  /**
   * The last save of each field entered one by one (keys from shared/follow-up/report-change.ts): what a
   * device is told when someone else saved the field it was editing. Reports saved whole hold none.
   */
  fieldSaves: z.record(z.string().max(200), fieldSaveSchema).default({}),
})
export type FollowUpReport = z.output<typeof followUpReportSchema>

/** A report as stored: saved, so with the time of its last save. */
export const savedFollowUpReportSchema = followUpReportSchema.extend({ reportedAt: z.string().max(40) })
export type SavedFollowUpReport = z.output<typeof savedFollowUpReportSchema>
