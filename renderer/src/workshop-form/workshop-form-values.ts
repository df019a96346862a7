import dayjs, { type Dayjs } from 'dayjs'
import type { Locale } from '../../../shared/locale/locale'
import type { ProgramTemplateId, Workshop } from '../../../shared/workshop/workshop-schema'

/** The workshop form as antd holds it: dates are dayjs values from the date pickers. */
export interface WorkshopFormValues {
  title?: string
  titleEn?: string
  venue?: string
  venueEn?: string
  startDate?: Dayjs | null
  endDate?: Dayjs | null
  language?: Locale
  facilitator?: string
  template?: ProgramTemplateId
}

const ISO_DATE = 'YYYY-MM-DD'

/** Form values → the shape the shared schemas parse; an empty date becomes '' so the schema says "enter a date". */
export function workshopFormToInput(values: Record<string, unknown>): Record<string, unknown> {
  const date = (value: unknown) => (dayjs.isDayjs(value) ? value.format(ISO_DATE) : '')
  return { ...values, startDate: date(values.startDate), endDate: date(values.endDate) }
}

export function workshopToFormValues(workshop: Workshop): WorkshopFormValues {
  return {
    title: workshop.title,
    titleEn: workshop.titleEn,
    venue: workshop.venue,
    venueEn: workshop.venueEn,
    startDate: dayjs(workshop.startDate),
    endDate: dayjs(workshop.endDate),
    language: workshop.language,
    facilitator: workshop.facilitator,
  }
}
