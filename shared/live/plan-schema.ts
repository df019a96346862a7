import { z } from 'zod'
import { resourceMatchingPlanShape } from '../exercises/resource-matching/resource-matching-schema'
import { targetSettingPlanShape } from '../exercises/target-setting/target-setting-schema'
import { localizedSchema } from '../locale/localized-schema'
import {
  BENEFIT_MECHANISMS,
  FIVE_BATCHES,
  FUNDING_SOURCES,
  PLAN_STATUSES,
  PROBLEM_NODE_KINDS,
} from '../vocabulary/plan-vocabulary'

/**
 * What a county's live plan contains, as a validated plain object (for export, tests and checks).
 * The schema states types, not business rules: a plan being drafted is full of blanks (null or '')
 * and of figures that do not add up yet; the consistency checks (e.g. target-checks.ts) say so inline.
 */

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
export const PROSE_FIELDS = ['situationSummary', 'goal', 'assumptions', 'risks', 'monitoring'] as const
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
  ...resourceMatchingPlanShape,
  ...targetSettingPlanShape,
  actions: z.array(actionSchema),
})
export type Plan = z.output<typeof planSchema>
