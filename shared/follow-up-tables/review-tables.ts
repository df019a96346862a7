import type { County } from '../county/county-schema'
import { countyName } from '../export/county-names'
import { indicatorsProgress } from '../follow-up/follow-up-progress'
import type { FollowUpReport } from '../follow-up/follow-up-report-schema'
import type { FollowUpRound } from '../follow-up/follow-up-round-schema'
import {
  INDICATOR_STATE_LABELS,
  ITEM_STATUS_LABELS,
  REPORTER_ROLE_LABELS,
} from '../follow-up/follow-up-terms-messages'
import { statusOf } from '../follow-up/report-entries'
import { roundSummary } from '../follow-up/round-summary'
import { createI18n, translator, type Translate } from '../i18n/translator'
import type { TreeOf } from '../i18n/catalogue'
import type { Locale } from '../locale/locale'
import { pairedText } from '../locale/paired-text'
import { column } from '../plan-tables/table-context'
import { REVIEW_TABLE_IDS, type ReviewTable, type ReviewTableId } from './review-table'
import { reviewTablesMessages } from './review-tables-messages'

/** What the tables are read from: the round, the counties in the workshop's order, the saved reports. */
export interface ReviewTablesInput {
  round: FollowUpRound
  counties: readonly County[]
  reports: readonly FollowUpReport[]
}

interface Context {
  locale: Locale
  t: Translate<TreeOf<typeof reviewTablesMessages>>
}

const i18n = createI18n()
export const reviewTablesContext = (locale: Locale): Context => ({
  locale,
  t: translator(i18n, reviewTablesMessages, locale),
})

/** The reports of the listed counties that were saved, in county order. */
function savedReports({ counties, reports }: ReviewTablesInput) {
  return counties.flatMap((county) => {
    const report = reports.find((each) => each.countyId === county.id && each.reportedAt !== null)
    return report ? [{ county, report }] : []
  })
}

/** One line per county: reported or not, by whom and when, people lifted, indicators and actions. */
function countiesTable(input: ReviewTablesInput, { locale, t }: Context): ReviewTable {
  return {
    id: 'counties',
    title: t('tables.counties'),
    columns: [
      column(t('county'), 'text', 14),
      column(t('counties.report'), 'text', 10),
      column(t('counties.reporter'), 'text', 14),
      column(t('counties.role'), 'text', 10),
      column(t('counties.reportedOn'), 'date'),
      column(t('counties.peopleToDate'), 'number'),
      column(t('counties.peoplePlanned'), 'number'),
      column(t('counties.peoplePlannedBy'), 'year'),
      column(t('counties.peoplePercent'), 'number'),
      column(t('counties.met'), 'number'),
      column(t('counties.behind'), 'number'),
      column(t('counties.open'), 'number'),
      column(t('counties.onTrack'), 'number'),
      column(t('counties.late'), 'number'),
      column(t('counties.done'), 'number'),
      column(t('counties.dropped'), 'number'),
      column(t('counties.actionsNotReported'), 'number'),
    ],
    rows: roundSummary(input.counties, input.reports).lines.map((line) =>
      line.reported === null
        ? [countyName(line.county, locale), t('counties.notReported'), ...Array<null>(15).fill(null)]
        : [
            countyName(line.county, locale),
            t('counties.reported'),
            line.reported.reporterName,
            REPORTER_ROLE_LABELS[line.reported.reporterRole][locale],
            line.reported.reportedAt.slice(0, 10),
            line.people.toDate,
            line.people.planned,
            line.people.plannedBy,
            line.people.percent,
            line.met,
            line.behind,
            line.open,
            line.actions.onTrack,
            line.actions.late,
            line.actions.done,
            line.actions.dropped,
            line.actions.notReported,
          ],
    ),
  }
}

/** Every indicator of every saved report: the round year's target, the actual, the gap, the note. */
function indicatorsTable(input: ReviewTablesInput, { locale, t }: Context): ReviewTable {
  return {
    id: 'indicators',
    title: t('tables.indicators'),
    columns: [
      column(t('county'), 'text', 14),
      column(t('indicators.name'), 'text', 30),
      column(t('indicators.unit'), 'text', 8),
      column(t('indicators.target', { year: String(input.round.planYear) }), 'number'),
      column(t('indicators.actual'), 'number'),
      column(t('indicators.gap'), 'number'),
      column(t('indicators.state'), 'text', 12),
      column(t('indicators.note'), 'text', 36),
    ],
    rows: savedReports(input).flatMap(({ county, report }) =>
      indicatorsProgress(report).map((progress) => [
        countyName(county, locale),
        progress.indicator.name,
        progress.indicator.unit,
        progress.indicator.target,
        progress.actual,
        progress.gap,
        INDICATOR_STATE_LABELS[progress.state][locale],
        report.indicators.find((entry) => entry.indicatorId === progress.indicator.id)?.note ?? '',
      ]),
    ),
  }
}

/** Every action, then every resource match, of every saved report, with its status and note. */
function itemsTable(input: ReviewTablesInput, { locale, t }: Context): ReviewTable {
  const noteOf = (entries: FollowUpReport['actions'], id: string) =>
    entries.find((entry) => entry.itemId === id)?.note ?? ''
  return {
    id: 'items',
    title: t('tables.items'),
    columns: [
      column(t('county'), 'text', 14),
      column(t('items.kind'), 'text', 10),
      column(t('items.title'), 'text', 36),
      column(t('items.status'), 'text', 10),
      column(t('items.note'), 'text', 36),
    ],
    rows: savedReports(input).flatMap(({ county, report }) => [
      ...report.targets.actions.map((action) => [
        countyName(county, locale),
        t('items.action'),
        action.title,
        ITEM_STATUS_LABELS[statusOf(report.actions, action.id)][locale],
        noteOf(report.actions, action.id),
      ]),
      ...report.targets.matches.map((match) => [
        countyName(county, locale),
        t('items.match'),
        pairedText(match.title['zh-CN'], match.title.en, locale),
        ITEM_STATUS_LABELS[statusOf(report.matches, match.id)][locale],
        noteOf(report.matches, match.id),
      ]),
    ]),
  }
}

const BUILDERS: Record<ReviewTableId, (input: ReviewTablesInput, context: Context) => ReviewTable> = {
  counties: countiesTable,
  indicators: indicatorsTable,
  items: itemsTable,
}

/** Every review table of the round, headers in `locale`, in REVIEW_TABLE_IDS order. */
export function reviewTables(input: ReviewTablesInput, locale: Locale): ReviewTable[] {
  const context = reviewTablesContext(locale)
  return REVIEW_TABLE_IDS.map((id) => BUILDERS[id](input, context))
}

export function reviewTable(input: ReviewTablesInput, id: ReviewTableId, locale: Locale): ReviewTable {
  return BUILDERS[id](input, reviewTablesContext(locale))
}
