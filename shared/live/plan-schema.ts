import { z } from 'zod'

/** What a county's live plan contains, as a validated plain object (for export, tests and checks). */

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

/** Prose fields, co-edited character by character; read back as plain paragraphs. */
export const PROSE_FIELDS = ['situationSummary'] as const
export type ProseField = (typeof PROSE_FIELDS)[number]

export const planSchema = z.object({
  schemaVersion: z.number().int(),
  dataCard: dataCardSchema,
  prose: z.object(
    Object.fromEntries(PROSE_FIELDS.map((field) => [field, z.array(z.string())])) as Record<
      ProseField,
      z.ZodArray<z.ZodString>
    >,
  ),
  swot: z.array(swotCardSchema),
})
export type Plan = z.output<typeof planSchema>
