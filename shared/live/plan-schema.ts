import { z } from 'zod'
import {
  BENEFIT_MECHANISMS,
  FIVE_BATCHES,
  FUNDING_SOURCES,
  INDICATOR_ATTRIBUTES,
  INDICATOR_KINDS,
  MATCH_STATUSES,
  NEED_KINDS,
  PLAN_STATUSES,
} from '../vocabulary/plan-vocabulary'
import {
  COUNTY_DATA_CARD_PROSE_FIELDS,
  dataCardSchema,
} from '../exercises/county-data-card/county-data-card-schema'
import { dotVoteSchema } from '../exercises/dot-vote/dot-vote-schema'
import { objectiveSchema, problemTreeSchema } from '../exercises/problem-tree/problem-tree-schema'
import { swotCardSchema } from '../exercises/swot/swot-schema'

/**
 * What a county's live plan contains, as a validated plain object (for export, tests and checks).
 * The schema states types, not business rules: a plan being drafted is full of blanks (null or '')
 * and of figures that do not add up yet; the consistency checks in `shared/targets` say so inline.
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
const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() })

/** Cover details: the plan's title and period, and whether it has been signed off. */
export const planInfoSchema = z.object({
  title: z.string(),
  startYear: nullableYear,
  endYear: nullableYear,
  status: z.enum(PLAN_STATUSES),
})
export type PlanInfo = z.output<typeof planInfoSchema>

export const needSchema = z.object({
  id: z.string(),
  kind: z.enum(NEED_KINDS),
  text: z.string(),
  order: z.string(),
})
export type Need = z.output<typeof needSchema>

/**
 * A resource from the workshop catalogue matched to a need. The resource's title and provider are
 * copied in when the match is made, so the plan still reads right if the catalogue changes later.
 */
export const matchSchema = z.object({
  id: z.string(),
  needId: z.string().nullable(),
  resourceId: z.string(),
  resourceTitle: localizedText,
  resourceProvider: localizedText,
  commitment: z.string(),
  owner: z.string(),
  status: z.enum(MATCH_STATUSES),
  order: z.string(),
})
export type Match = z.output<typeof matchSchema>

export const annualTargetSchema = z.object({ year, value: z.number() })
export type AnnualTarget = z.output<typeof annualTargetSchema>

export const indicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  unit: z.string(),
  baselineValue: nullableNumber,
  baselineYear: nullableYear,
  /** Sorted by year. */
  targets: z.array(annualTargetSchema),
  attribute: z.enum(INDICATOR_ATTRIBUTES),
  responsibleUnit: z.string(),
  verificationSource: z.string(),
  objectiveId: z.string().nullable(),
  order: z.string(),
})
export type Indicator = z.output<typeof indicatorSchema>

/** The benefit calculator's inputs as the group entered them; null means "not entered". */
export const BENEFIT_INPUT_FIELDS = [
  'basePoorPeople',
  'sharePercent',
  'unitsSold',
  'profitPerUnit',
  'participatingHouseholds',
  'householdSize',
  'currentIncomePerCapita',
  'targetYear',
  'povertyLineYear',
] as const
export type BenefitInputField = (typeof BENEFIT_INPUT_FIELDS)[number]
export const benefitInputsSchema = z.object(
  Object.fromEntries(BENEFIT_INPUT_FIELDS.map((field) => [field, nullableNumber])) as Record<
    BenefitInputField,
    z.ZodNullable<z.ZodNumber>
  >,
)
export type BenefitInputs = z.output<typeof benefitInputsSchema>

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
  dotVotes: z.array(dotVoteSchema),
  needs: z.array(needSchema),
  matches: z.array(matchSchema),
  indicators: z.array(indicatorSchema),
  benefit: benefitInputsSchema,
  actions: z.array(actionSchema),
})
export type Plan = z.output<typeof planSchema>
