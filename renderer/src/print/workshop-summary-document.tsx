import { planHeadlines } from '../../../shared/export/plan-headlines'
import type { Workshop } from '../../../shared/workshop/workshop-schema'
import { workshopTitle, workshopVenue } from '../../../shared/workshop/workshop-texts'
import { vocabularyMessages } from '../../../shared/vocabulary/vocabulary-messages'
import { countyName } from '../../../shared/export/county-names'
import { PageFurniture } from './page-furniture'
import { usePrint, usePrintMessages } from './print-context'
import { NotGiven } from './print-section'
import type { SummaryPrintData } from './use-print-data'
import { PrintTableHead } from './print-table-head'

/** The summary's running header and document title: the workshop's title and what this is. */
export function useSummaryHeader(workshop: Workshop): string {
  const { t, locale } = usePrint()
  return `${workshopTitle(workshop, locale)} · ${t('workshopSummary.title')}`
}

/** All counties' headline targets side by side, with totals: the closing plenary's handout. */
export function WorkshopSummaryDocument({
  data,
  exportedAt,
}: {
  data: SummaryPrintData
  exportedAt: string
}) {
  const { t, locale, format } = usePrint()
  const vocabulary = usePrintMessages(vocabularyMessages)
  const { workshop, counties, povertyLines, plans } = data
  const header = useSummaryHeader(workshop)
  const planOf = new Map(plans.map((entry) => [entry.countyId, entry.plan]))
  const rows = counties.flatMap((county) => {
    const plan = planOf.get(county.id)
    if (!plan) return []
    const name = countyName(county, locale)
    return [
      {
        county,
        name,
        plan,
        title: plan.info.title.trim() || t('fallbackTitle', { county: name }),
        headlines: planHeadlines(plan, povertyLines, locale),
      },
    ]
  })
  const totalPeople = rows.reduce((sum, row) => sum + (row.headlines.peopleLifted ?? 0), 0)
  const totalActions = rows.reduce((sum, row) => sum + row.headlines.actionCount, 0)
  const totalBudget = rows.reduce((sum, row) => sum + Math.round(row.headlines.totalBudget * 100), 0) / 100
  const dates =
    workshop.startDate === workshop.endDate
      ? format.date(workshop.startDate)
      : t('dateRange', { start: format.date(workshop.startDate), end: format.date(workshop.endDate) })
  return (
    <article className="print-document print-workshop-summary">
      <PageFurniture header={header} draft={false} />
      <section className="print-section print-sheet--landscape" aria-labelledby="summary-title">
        <p className="print-cover-kicker">{workshopTitle(workshop, locale)}</p>
        <h1 id="summary-title" className="print-summary-title">
          {t('workshopSummary.title')}
        </h1>
        <p className="print-summary-meta">
          {[
            dates,
            workshopVenue(workshop, locale),
            t('workshopSummary.counties', { count: rows.length }),
            format.dateTime(exportedAt),
          ]
            .filter((part) => part.trim() !== '')
            .join(' · ')}
        </p>
        {rows.length === 0 ? (
          <p className="print-empty">{t('workshopSummary.noCounties')}</p>
        ) : (
          <table className="print-table print-summary-table">
            <PrintTableHead
              columns={[
                { label: t('workshopSummary.county'), width: '11%' },
                { label: t('workshopSummary.plan'), width: '19%' },
                { label: t('workshopSummary.status'), width: '7%' },
                { label: t('workshopSummary.peopleLifted'), width: '12%', numeric: true },
                { label: t('workshopSummary.exitYear'), width: '8%' },
                { label: t('workshopSummary.targets'), width: '26%' },
                { label: t('workshopSummary.actions'), width: '6%', numeric: true },
                { label: t('workshopSummary.budget'), width: '11%', numeric: true },
              ]}
            />
            <tbody>
              {rows.map(({ county, name, plan, title, headlines }) => (
                <tr key={county.id}>
                  <th scope="row">{name}</th>
                  <td>{title}</td>
                  <td className="print-term">{vocabulary(`planStatuses.${plan.info.status}`)}</td>
                  <td className="print-number">
                    {headlines.peopleLifted === null ? <NotGiven /> : format.count(headlines.peopleLifted)}
                    {headlines.peopleLifted !== null &&
                      headlines.basePoorPeople !== null &&
                      headlines.sharePercent !== null && (
                        <span className="print-sub">
                          {t('summary.peopleLiftedBasis', {
                            base: format.count(headlines.basePoorPeople),
                            share: format.decimal(headlines.sharePercent),
                          })}
                        </span>
                      )}
                  </td>
                  <td className="print-term">
                    {headlines.exitYear === null ? <NotGiven /> : headlines.exitYear}
                  </td>
                  <td>
                    {headlines.targets.length === 0 ? (
                      <NotGiven />
                    ) : (
                      <ul className="print-summary-targets">
                        {headlines.targets.map((target) => (
                          <li key={target.indicatorId}>
                            {t('summary.targetLine', {
                              name: target.name,
                              value: format.decimal(target.value),
                              unit: target.unit,
                              year: String(target.year),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="print-number">{format.count(headlines.actionCount)}</td>
                  <td className="print-number">{format.decimal(headlines.totalBudget)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="print-total-row">
                <th scope="row" colSpan={3}>
                  {t('workshopSummary.total')}
                </th>
                <td className="print-number">{format.count(totalPeople)}</td>
                <td colSpan={2} />
                <td className="print-number">{format.count(totalActions)}</td>
                <td className="print-number">{format.decimal(totalBudget)}</td>
              </tr>
            </tfoot>
          </table>
        )}
      </section>
    </article>
  )
}
