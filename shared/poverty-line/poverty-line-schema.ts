import { z } from 'zod'
import type { Locale } from '../locale/locale'
import { pairedText } from '../locale/paired-text'
import { optionalText, requiredText, yearSchema } from '../validation/common-fields'

/** One year of the national rural poverty line: yuan per person per year. */
export const povertyLineSchema = z.object({
  year: yearSchema,
  yuanPerPersonYear: z.number('v.number').min(1, 'v.tooSmall').max(1_000_000, 'v.tooBig'),
  /** Price basis in Chinese (2010年不变价, 当年价) and, optionally, in English (2010 constant prices). */
  // Each text is a box that grows over several lines in the table.
  basis: requiredText(200, { multiline: true }),
  basisEn: optionalText(200, { multiline: true }),
  source: optionalText(500, { multiline: true }),
  sourceEn: optionalText(500, { multiline: true }),
  verified: z.boolean().default(false),
})
export type PovertyLine = z.output<typeof povertyLineSchema>

export const povertyLineTableSchema = z
  .array(povertyLineSchema)
  .max(100, 'v.tooMany')
  .superRefine((rows, ctx) => {
    const seen = new Set<number>()
    rows.forEach((row, index) => {
      if (seen.has(row.year)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'year'],
          message: 'povertyLine.duplicateYear',
          params: { year: row.year },
        })
      }
      seen.add(row.year)
    })
  })
export type PovertyLineTable = z.output<typeof povertyLineTableSchema>
export type PovertyLineTableInput = z.input<typeof povertyLineTableSchema>

/**
 * The reference table each new workshop starts from (docs/domain.md "The poverty-line table"). Only the
 * 2011 adoption of the 2,300-yuan line at 2010 prices is verified; the current-price values are commonly
 * cited and flagged.
 */
export const DEFAULT_POVERTY_LINES: PovertyLineTable = [
  {
    year: 2010,
    yuanPerPersonYear: 2300,
    basis: '2010年不变价',
    basisEn: '2010 constant prices',
    source: '2011年确定的国家农村贫困线',
    sourceEn: 'National rural poverty line adopted in 2011',
    verified: true,
  },
  {
    year: 2016,
    yuanPerPersonYear: 2952,
    basis: '当年价',
    basisEn: 'current prices',
    source: '常见引用值，未经核实',
    sourceEn: 'Commonly cited current-price value; not checked against an official release',
    verified: false,
  },
  {
    year: 2018,
    yuanPerPersonYear: 2995,
    basis: '当年价',
    basisEn: 'current prices',
    source: '常见引用值，未经核实',
    sourceEn: 'Commonly cited current-price value; not checked against an official release',
    verified: false,
  },
]

/** The line that applies in a year: that year's row, else the latest earlier one, else null. */
export function povertyLineFor(table: readonly PovertyLine[], year: number): PovertyLine | null {
  let best: PovertyLine | null = null
  for (const row of table) {
    if (row.year <= year && (best === null || row.year > best.year)) best = row
  }
  return best
}

/** The line's price basis in the reader's language. */
export const povertyLineBasis = (line: PovertyLine, locale: Locale) =>
  pairedText(line.basis, line.basisEn, locale)

/** Where the line's figure comes from, in the reader's language. */
export const povertyLineSource = (line: PovertyLine, locale: Locale) =>
  pairedText(line.source, line.sourceEn, locale)
