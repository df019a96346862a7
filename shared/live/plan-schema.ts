import { z } from 'zod'
import { resourceMatchingPlanShape } from '../exercises/resource-matching/resource-matching-schema'
import { targetSettingPlanShape } from '../exercises/target-setting/target-setting-schema'
import { localizedSchema } from '../locale/localized-schema'
import {
  BENEFIT_MECHANISMS,
  FIVE_BATCHES,
  FUNDING_SOURCES,
  PLAN_STATUSES,
} from '../vocabulary/plan-vocabulary'
import {
  COUNTY_DATA_CARD_PROSE_FIELDS,
  dataCardSchema,
} from '../exercises/county-data-card/county-data-card-schema'
import { dotVoteResultSchema } from '../exercises/dot-vote/dot-vote-schema'
import { objectiveSchema, problemTreeSchema } from '../exercises/problem-tree/problem-tree-schema'
import { swotCardSchema } from '../exercises/swot/swot-schema'

/**
 * What a county's live plan contains, as a validated plain object (for export, tests and checks).
 * The schema states types, not business rules: a plan being drafted is full of blanks (null or '')
 * and of figures that do not add up yet; the consistency checks (e.g. target-checks.ts) say so inline.
 */

/**
 * Prose fields, co-edited character by character; read back as plain paragraphs.
 * goal, assumptions, risks (v2): the logframe's goal and assumptions, risks and safeguards.
 * monitoring (v2): the monitoring and review schedule agreed at sign-off.
 */
export const PROSE_FIELDS = [
  ...COUNTY_DATA_CARD_PROSE_FIELDS,
  'goal',
  'assumptions',
  'risks',
  'monitoring',
] as const
export type ProseField = (typeof PROSE_FIELDS)[number]

const year = z.number().int()
const nullableYear = year.nullable()
const nullableNumber = z.number().nullable()
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const localizedText = localizedSchema

/** Cover details: the plan's title and period, and whether it has been signed off. */
export const planInfoSchema = z.object({
  title: z.string(),
  startYear: nullableYear,
  endYear: nullableYear,
  status: z.enum(PLAN_STATUSES),
})
export type PlanInfo = z.output<typeof planInfoSchema>

export const milestoneSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  order: z.string(),
})
export type Milestone = z.output<typeof milestoneSchema>

export const budgetLineSchema = z.object({
  id: z.string(),
  /** What the money buys, e.g. 冷链车购置. */
  item: z.string(),
  year: nullableYear,
  source: z.enum(FUNDING_SOURCES).nullable(),
  /** Yuan. */
  amount: nullableNumber,
  order: z.string(),
})
export type BudgetLine = z.output<typeof budgetLineSchema>

export const actionSchema = z.object({
  id: z.string(),
  batch: z.enum(FIVE_BATCHES).nullable(),
  title: z.string(),
  /** Prose, co-edited like the plan's prose fields; read back as paragraphs. */
  description: z.array(z.string()),
  villagesCovered: nullableNumber,
  beneficiaryHouseholds: nullableNumber,
  beneficiaryPeople: nullableNumber,
  /** Percent of the beneficiaries who are registered poor. */
  shareRegisteredPoor: nullableNumber,
  mechanism: z.enum(BENEFIT_MECHANISMS).nullable(),
  owner: z.string(),
  partner: z.string(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  milestones: z.array(milestoneSchema),
  budgetLines: z.array(budgetLineSchema),
  indicatorIds: z.array(z.string()),
  /** The match this action grew from, and the need and resource it named (kept if the match goes). */
  matchId: z.string().nullable(),
  needText: z.string(),
  resourceTitle: localizedText.nullable(),
  order: z.string(),
})
export type Action = z.output<typeof actionSchema>

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
  actions: z.array(actionSchema),
})
export type Plan = z.output<typeof planSchema>
