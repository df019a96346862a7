import { z } from 'zod'
import { LOCALES, type Localized } from '../locale/locale'
import { idSchema, optionalText } from '../validation/common-fields'
import type { TextLines } from '../validation/plain-text'
import { vocabularyLabels } from '../vocabulary/vocabulary-messages'

/**
 * A resource a partner or the government can offer a county: what the groups drag onto their needs in
 * resource matching (docs/domain.md "The default resource catalogue"). Each workshop keeps its own
 * editable copy.
 */
export const RESOURCE_KINDS = [
  'sales-channel',
  'infrastructure',
  'branding',
  'skills',
  'finance',
  'social',
  'partnership',
] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]
export const RESOURCE_KIND_LABELS: Record<ResourceKind, Localized> = vocabularyLabels('resourceKinds')

/**
 * Text in both languages where at least one is filled in: a facilitator adding a resource during a
 * Chinese-language class need not translate it on the spot (textIn() falls back to the other).
 */
const localizedText = (maximum: number, required: boolean, lines: TextLines = {}) =>
  z
    .object(
      Object.fromEntries(LOCALES.map((locale) => [locale, optionalText(maximum, lines)])) as Record<
        (typeof LOCALES)[number],
        ReturnType<typeof optionalText>
      >,
    )
    .superRefine((value, ctx) => {
      if (required && LOCALES.every((locale) => value[locale] === '')) {
        ctx.addIssue({ code: 'custom', path: [LOCALES[0]], message: 'v.oneLanguage' })
      }
    })

export const resourceInputSchema = z.object({
  kind: z.enum(RESOURCE_KINDS, 'v.invalid'),
  title: localizedText(200, true),
  /** Who offers it, by role (e.g. "platform partner", "county government"), not a company name. */
  provider: localizedText(200, true),
  description: localizedText(2000, false, { multiline: true }).prefault({}),
})
export type ResourceInput = z.input<typeof resourceInputSchema>

export const resourceSchema = resourceInputSchema.extend({ id: idSchema })
export type Resource = z.output<typeof resourceSchema>
