import type { Plan } from '../../../../shared/live/plan-schema'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import type { GroupMember } from '../../../../shared/group/group-schema'
import type { County } from '../../../../shared/county/county-schema'
import type { Workshop } from '../../../../shared/workshop/workshop-schema'
import { workshopTitle, workshopVenue } from '../../../../shared/workshop/workshop-texts'
import { countyLocation, countyName, countyOtherName } from '../../../../shared/export/county-names'
import { usePrint, usePrintMessages } from '../print-context'
import { TextOr } from '../print-section'

interface CoverPageProps {
  title: string
  plan: Plan
  county: County
  workshop: Workshop
  participants: readonly GroupMember[]
  partners: readonly string[]
  exportedAt: string
}

/** Page 1: who, what and when, and whether this is the final text. */
export function CoverPage({
  title,
  plan,
  county,
  workshop,
  participants,
  partners,
  exportedAt,
}: CoverPageProps) {
  const { t, format, locale } = usePrint()
  const vocabulary = usePrintMessages(vocabularyMessages)
  const { startYear, endYear, status } = plan.info
  const period =
    startYear !== null && endYear !== null
      ? t('yearRange', { start: String(startYear), end: String(endYear) })
      : startYear !== null || endYear !== null
        ? t('yearSuffix', { year: String(startYear ?? endYear) })
        : null
  const dates =
    workshop.startDate === workshop.endDate
      ? format.date(workshop.startDate)
      : t('dateRange', { start: format.date(workshop.startDate), end: format.date(workshop.endDate) })
  const people = participants.map((member) =>
    member.post
      ? locale === 'en'
        ? `${member.name} (${member.post})`
        : `${member.name}（${member.post}）`
      : member.name,
  )
  const separator = t('listSeparator')
  const rows: [string, string | null][] = [
    [t('cover.period'), period],
    [t('cover.workshop'), workshopTitle(workshop, locale)],
    [t('cover.dates'), dates],
    [t('cover.venue'), workshopVenue(workshop, locale)],
    [t('cover.facilitator'), workshop.facilitator],
    [t('cover.participants'), people.join(separator)],
    [t('cover.partners'), partners.join(separator)],
    [t('cover.status'), vocabulary(`planStatuses.${status}`)],
    [t('cover.exportedAt'), format.dateTime(exportedAt)],
  ]
  const location = countyLocation(county, locale)
  const otherName = countyOtherName(county, locale)
  return (
    <section className="print-cover" aria-label={title}>
      <p className="print-cover-kicker">{t('cover.kicker')}</p>
      {location !== '' && <p className="print-cover-location">{location}</p>}
      <p className="print-cover-county">{countyName(county, locale)}</p>
      {otherName && <p className="print-cover-county-other">{otherName}</p>}
      <h1 className="print-cover-title">{title}</h1>
      <p className={`print-cover-status print-cover-status--${status}`}>
        {vocabulary(`planStatuses.${status}`)}
      </p>
      <dl className="print-cover-details">
        {rows.map(([term, value]) => (
          <div key={term} className="print-cover-row">
            <dt>{term}</dt>
            <dd>
              <TextOr text={value} />
            </dd>
          </div>
        ))}
      </dl>
      {status === 'draft' && <p className="print-cover-draft-note">{t('cover.draftNote')}</p>}
    </section>
  )
}
