import { z } from 'zod'
import { yearSchema } from '../../validation/common-fields'
import { INDICATOR_ATTRIBUTES, INDICATOR_KINDS } from '../../vocabulary/plan-vocabulary'

/**
 * The target exercise's part of the plan: the indicator table and the benefit calculator's inputs.
 * The schema states types, not business rules: a plan being drafted is full of blanks and of figures
 * that do not add up yet; the consistency checks (target-checks.ts) say so inline.
 */

const planYear = yearSchema

export const annualTargetSchema = z.object({ year: planYear, value: z.number() })
export type AnnualTarget = z.output<typeof annualTargetSchema>

export const indicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(INDICATOR_KINDS).meta({ blank: 'other' }),
  unit: z.string(),
  baselineValue: z.number().nullable(),
  baselineYear: planYear.nullable(),
  /** Sorted by year. */
  targets: z.array(annualTargetSchema),
  attribute: z.enum(INDICATOR_ATTRIBUTES).meta({ blank: 'expected' }),
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

/** Which inputs are years; the others are amounts and counts, never negative. */
const BENEFIT_YEARS: ReadonlySet<BenefitInputField> = new Set(['targetYear', 'povertyLineYear'])

export const benefitInputsSchema = z.object(
  Object.fromEntries(
    BENEFIT_INPUT_FIELDS.map((field) => [
      field,
      BENEFIT_YEARS.has(field) ? planYear.nullable() : z.number().min(0).nullable(),
    ]),
  ) as Record<BenefitInputField, z.ZodNullable<z.ZodNumber>>,
)
export type BenefitInputs = z.output<typeof benefitInputsSchema>

/** This exercise's part of the plan. */
export const targetSettingPlanShape = {
  indicators: z.array(indicatorSchema),
  benefit: benefitInputsSchema,
}
export type TargetSettingPlan = z.output<z.ZodObject<typeof targetSettingPlanShape>>
