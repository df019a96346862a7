import { z } from 'zod'
import {
  countSchema,
  idSchema,
  optionalText,
  percentSchema,
  plainText,
  requiredText,
  yearSchema,
} from '../validation/common-fields'

/** Where a figure comes from, and whether someone has checked it against that source. */
export const dataSourceSchema = z.object({
  // The form's source boxes grow over several lines, so a long title may be written on two.
  title: requiredText(300, { multiline: true }),
  titleEn: optionalText(300, { multiline: true }),
  url: plainText(500)
    .refine((value) => value === '' || /^https?:\/\/\S+$/i.test(value), 'v.url')
    .default(''),
  verified: z.boolean().default(false),
})
export type DataSource = z.output<typeof dataSourceSchema>

/**
 * A signature product by its Chinese name (略阳乌鸡) and, optionally, its English one (Lueyang
 * dark-boned chicken). Lists saved before products had an English name hold plain strings.
 */
export const productSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { name: value } : value),
  z.object({ name: requiredText(100), nameEn: optionalText(100) }),
)
export type Product = z.output<typeof productSchema>

/** A county's name in either language; other records that carry the name (a comment's author) allow as much. */
export const MAX_COUNTY_NAME_LENGTH = 100

const countyFields = z.object({
  name: requiredText(MAX_COUNTY_NAME_LENGTH),
  nameEn: optionalText(MAX_COUNTY_NAME_LENGTH),
  province: optionalText(100),
  provinceEn: optionalText(100),
  prefecture: optionalText(100),
  prefectureEn: optionalText(100),
  population: countSchema,
  poorVillages: countSchema,
  /** 建档立卡: registered poor households and people, as of `baselineYear`. */
  registeredPoorHouseholds: countSchema,
  registeredPoorPeople: countSchema,
  baselineYear: yearSchema.nullable().default(null),
  /** People still poor at `remainingPoorYear` (Lueyang: 32,000 in 2018) — the base of most targets. */
  remainingPoorPeople: countSchema,
  remainingPoorYear: yearSchema.nullable().default(null),
  /** Poverty incidence in percent (0–100). */
  povertyIncidence: percentSchema,
  signatureProducts: z.array(productSchema).max(20, 'v.tooMany').default([]),
  notes: optionalText(4000, { multiline: true }),
  notesEn: optionalText(4000, { multiline: true }),
  sources: z.array(dataSourceSchema).max(30, 'v.tooMany').default([]),
})

type CountyFigures = Pick<
  z.output<typeof countyFields>,
  'population' | 'registeredPoorHouseholds' | 'registeredPoorPeople' | 'remainingPoorPeople'
>

/** Rules between figures; each issue is attached to the field the user should correct. */
function checkFigures(county: CountyFigures, ctx: z.RefinementCtx): void {
  const { population, registeredPoorHouseholds, registeredPoorPeople, remainingPoorPeople } = county
  if (population !== null && registeredPoorPeople !== null && registeredPoorPeople > population) {
    ctx.addIssue({ code: 'custom', path: ['registeredPoorPeople'], message: 'county.poorExceedsPopulation' })
  }
  if (
    registeredPoorHouseholds !== null &&
    registeredPoorPeople !== null &&
    registeredPoorHouseholds > registeredPoorPeople
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['registeredPoorHouseholds'],
      message: 'county.householdsExceedPeople',
    })
  }
  if (
    registeredPoorPeople !== null &&
    remainingPoorPeople !== null &&
    remainingPoorPeople > registeredPoorPeople
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['remainingPoorPeople'],
      message: 'county.remainingExceedsRegistered',
    })
  }
}

export const countyInputSchema = countyFields.superRefine(checkFigures)
export type CountyInput = z.input<typeof countyInputSchema>
export type CountyDetails = z.output<typeof countyInputSchema>

export const countySchema = countyFields.extend({
  id: idSchema,
  workshopId: idSchema,
  position: z.number().int(),
  updatedAt: z.string(),
})
export type County = z.output<typeof countySchema>

/** Incidence in percent from people and population, rounded to one decimal; null when not computable. */
export function computeIncidence(poorPeople: number | null, population: number | null): number | null {
  if (poorPeople === null || population === null || population <= 0 || poorPeople > population) return null
  return Math.round((poorPeople / population) * 1000) / 10
}
