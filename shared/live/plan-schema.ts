import { z } from 'zod'
import { actionPlanSchema } from '../exercises/action-plan/action-plan-schema'
import { LOGFRAME_PROSE_FIELDS } from '../exercises/logframe/logframe-schema'
import { planInfoSchema, SIGN_OFF_PROSE_FIELDS } from '../exercises/sign-off/sign-off-schema'
import {
  INDICATOR_ATTRIBUTES,
  INDICATOR_KINDS,
  MATCH_STATUSES,
  NEED_KINDS,
  PROBLEM_NODE_KINDS,
} from '../vocabulary/plan-vocabulary'

/**
 * What a county's live plan contains, as a validated plain object (for export, tests and checks).
 * The schema states types, not business rules: a plan being drafted is full of blanks (null or '')
 * and of figures that do not add up yet; the consistency checks in `shared/targets` say so inline.
 */

// The slices' types, for code that reads the whole plan.
export * from '../exercises/action-plan/action-plan-schema'
export type { PlanInfo } from '../exercises/sign-off/sign-off-schema'

export const DATA_CARD_FIELDS = [
  'population',
  'poorVillages',
  'registeredPoorHouseholds',
  'registeredPoorPeople',
  'baselineYear',
  'remainingPoorPeople',
  'remainingPoorYear',
  'povertyIncidence',
  'ruralIncomePerCapita',
  'incomeYear',
] as const
export type DataCardField = (typeof DATA_CARD_FIELDS)[number]

/** Fields that hold years rather than counts; validated as years. */
export const YEAR_FIELDS: readonly DataCardField[] = ['baselineYear', 'remainingPoorYear', 'incomeYear']

export const dataCardSchema = z.object(
  Object.fromEntries(DATA_CARD_FIELDS.map((field) => [field, z.number().nullable()])) as Record<
    DataCardField,
    z.ZodNullable<z.ZodNumber>
  >,
)
export type DataCard = z.output<typeof dataCardSchema>

export const SWOT_QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number]

export const swotCardSchema = z.object({
  id: z.string(),
  quadrant: z.enum(SWOT_QUADRANTS),
  text: z.string(),
  order: z.string(),
})
export type SwotCard = z.output<typeof swotCardSchema>

/**
 * Prose fields, co-edited character by character; read back as plain paragraphs.
 * situationSummary (v1): causes of poverty, infrastructure gaps, e-commerce baseline.
 * goal, assumptions, risks (v2): the logframe's goal and assumptions, risks and safeguards.
 * monitoring (v2): the monitoring and review schedule agreed at sign-off.
 */
export const PROSE_FIELDS = ['situationSummary', ...LOGFRAME_PROSE_FIELDS, ...SIGN_OFF_PROSE_FIELDS] as const
export type ProseField = (typeof PROSE_FIELDS)[number]

const year = z.number().int()
const nullableYear = year.nullable()
const nullableNumber = z.number().nullable()
const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() })

/**
 * A problem-tree card. `parentId` null hangs it on the core problem; otherwise on another card of the
 * same kind (a cause of a cause, an effect of an effect). `depth` 1 is the layer next to the core.
 */
export const problemNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(PROBLEM_NODE_KINDS),
  parentId: z.string().nullable(),
  text: z.string(),
  order: z.string(),
  depth: z.number().int().min(1),
})
export type ProblemNode = z.output<typeof problemNodeSchema>

export const problemTreeSchema = z.object({
  coreProblem: z.string(),
  /** Parents before children, siblings in their order: the order a layered board draws them. */
  nodes: z.array(problemNodeSchema),
})
export type ProblemTree = z.output<typeof problemTreeSchema>

/** An objective, usually a problem-tree card turned into a positive statement. */
export const objectiveSchema = z.object({
  id: z.string(),
  text: z.string(),
  sourceNodeId: z.string().nullable(),
  order: z.string(),
})
export type Objective = z.output<typeof objectiveSchema>

/** Dots one voter put on one card (a SWOT card or a problem-tree card). */
export const dotVoteSchema = z.object({
  cardId: z.string(),
  voterId: z.string(),
  count: z.number().int().min(1),
})
export type DotVote = z.output<typeof dotVoteSchema>

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
  actions: actionPlanSchema,
})
export type Plan = z.output<typeof planSchema>
