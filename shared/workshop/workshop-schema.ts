import { z } from 'zod'
import { LOCALES } from '../locale/locale'
import { idSchema, isoDateSchema, optionalText, requiredText } from '../validation/common-fields'
import { daysBetween } from '../validation/iso-date'

export const MAX_WORKSHOP_DAYS = 31

const workshopFields = z.object({
  /** The title and venue in Chinese (or the only language given), and optionally in English. */
  title: requiredText(200),
  titleEn: optionalText(200),
  venue: optionalText(200),
  venueEn: optionalText(200),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** The workshop's working language: the default for exports and for group devices. */
  language: z.enum(LOCALES, 'v.invalid'),
  facilitator: optionalText(200),
})

function checkDates(value: { startDate: string; endDate: string }, ctx: z.RefinementCtx): void {
  const span = daysBetween(value.startDate, value.endDate)
  if (span < 0) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'workshop.datesOutOfOrder' })
  } else if (span + 1 > MAX_WORKSHOP_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'workshop.tooLong',
      params: { maximum: MAX_WORKSHOP_DAYS },
    })
  }
}

/** What the facilitator edits in the workshop details form. */
export const workshopInputSchema = workshopFields.superRefine(checkDates)
export type WorkshopInput = z.input<typeof workshopInputSchema>
export type WorkshopDetails = z.output<typeof workshopInputSchema>

export const PROGRAM_TEMPLATE_IDS = ['standard-3-day', 'compact-2-day'] as const
export type ProgramTemplateId = (typeof PROGRAM_TEMPLATE_IDS)[number]

/** Creating a workshop also lays out its agenda from one of the program templates. */
export const createWorkshopSchema = workshopFields
  .extend({ template: z.enum(PROGRAM_TEMPLATE_IDS, 'v.invalid').default('standard-3-day') })
  .superRefine(checkDates)
export type CreateWorkshopInput = z.input<typeof createWorkshopSchema>

export const workshopSchema = workshopFields.extend({
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Workshop = z.output<typeof workshopSchema>

/** A row of the home screen's workshop list. */
export const workshopSummarySchema = workshopSchema.extend({
  countyCount: z.number().int(),
  groupCount: z.number().int(),
})
export type WorkshopSummary = z.output<typeof workshopSummarySchema>

/** Number of calendar days the workshop spans, counting both ends. */
export function workshopDayCount(workshop: { startDate: string; endDate: string }): number {
  return daysBetween(workshop.startDate, workshop.endDate) + 1
}
