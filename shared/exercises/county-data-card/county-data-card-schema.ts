import { z } from 'zod'

/** The county's key figures as the group confirms them; null means "not entered". */
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

/**
 * The exercise's prose, co-edited character by character and read back as plain paragraphs.
 * situationSummary (v1): causes of poverty, infrastructure gaps, e-commerce baseline.
 */
export const COUNTY_DATA_CARD_PROSE_FIELDS = ['situationSummary'] as const
