import { z } from 'zod'
import { isIsoDate } from '../../validation/iso-date'
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR } from '../../validation/plan-years'
import { BENEFIT_MECHANISMS, FIVE_BATCHES, FUNDING_SOURCES } from '../../vocabulary/plan-vocabulary'

/**
 * The action plan's part of a county plan: measures with their milestones, budget lines and links. The
 * schema states types, not business rules (a drafted action is full of blanks), but what it accepts is
 * also what the tolerant reader keeps: a value outside it reads as the field's blank.
 */

/** A real calendar day, YYYY-MM-DD. */
const isoDate = z.string().refine(isIsoDate)
/** A count or an amount: a finite number ≥ 0. */
const nonNegative = z.number().min(0).nullable()
const planYear = z.number().int().min(FIRST_PLAN_YEAR).max(LAST_PLAN_YEAR).nullable()
const localizedText = z.object({ 'zh-CN': z.string(), en: z.string() })

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
  year: planYear,
  source: z.enum(FUNDING_SOURCES).nullable(),
  /** Yuan. */
  amount: nonNegative,
  order: z.string(),
})
export type BudgetLine = z.output<typeof budgetLineSchema>

export const actionSchema = z.object({
  id: z.string(),
  batch: z.enum(FIVE_BATCHES).nullable(),
  title: z.string(),
  /** Prose, co-edited like the plan's prose fields; read back as paragraphs. */
  description: z.array(z.string()),
  villagesCovered: nonNegative,
  beneficiaryHouseholds: nonNegative,
  beneficiaryPeople: nonNegative,
  /** Percent of the beneficiaries who are registered poor. */
  shareRegisteredPoor: nonNegative,
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

/** What a person edits on an action directly: its short fields (the rest are nested or derived). */
export type ActionFields = Pick<
  Action,
  | 'batch'
  | 'title'
  | 'villagesCovered'
  | 'beneficiaryHouseholds'
  | 'beneficiaryPeople'
  | 'shareRegisteredPoor'
  | 'mechanism'
  | 'owner'
  | 'partner'
  | 'startDate'
  | 'endDate'
>
export type MilestoneFields = Pick<Milestone, 'title' | 'date'>
export type BudgetLineFields = Pick<BudgetLine, 'item' | 'year' | 'source' | 'amount'>

/** The action plan as it sits in the plan object. */
export const actionPlanSchema = z.array(actionSchema)
