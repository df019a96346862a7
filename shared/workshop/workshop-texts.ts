import type { Locale } from '../locale/locale'
import { pairedText } from '../locale/paired-text'
import type { WorkshopDetails } from './workshop-schema'

type Texts = Pick<WorkshopDetails, 'title' | 'titleEn' | 'venue' | 'venueEn'>

/** The workshop's title in the reader's language (the Chinese one when no English title was given). */
export const workshopTitle = (workshop: Texts, locale: Locale) =>
  pairedText(workshop.title, workshop.titleEn, locale)

export const workshopVenue = (workshop: Texts, locale: Locale) =>
  pairedText(workshop.venue, workshop.venueEn, locale)
