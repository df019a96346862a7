import { countyName } from '../../../../shared/export/county-names'
import { REPORTER_ROLE_LABELS } from '../../../../shared/follow-up/follow-up-terms-messages'
import type { RoundSummary } from '../../../../shared/follow-up/round-summary'
import { usePrint, usePrintMessages } from '../print-context'
import { PrintTableHead } from '../print-table-head'
import { reviewSummaryMessages } from './review-summary-messages'

/** The counties' table of a round: people lifted against plan, indicators, actions, who reported when. */
export function ReviewSummaryCounties({ summary }: { summary: RoundSummary }) {
  const t = usePrintMessages(reviewSummaryMessages)
  const { locale, format } = usePrint()
  const figure = (value: number | null) => (value === null ? '–' : format.count(value))
  if (summary.lines.length === 0) return <p className="print-empty">{t('noCounties')}</p>
  return (
    <table className="print-table">
      <PrintTableHead
        columns={[
          { label: t('county'), width: '20%' },
          { label: t('people'), numeric: true },
          { label: t('share'), numeric: true },
          { label: t('indicators'), numeric: true },
          { label: t('actions'), numeric: true },
          { label: t('reporter'), width: '24%' },
        ]}
      />
      <tbody>
        {summary.lines.map(({ county, reported, people, met, behind, open, actions }) => (
          <tr key={county.id}>
            <th scope="row">{countyName(county, locale)}</th>
            {reported === null ? (
              <>
                <td className="print-number">–</td>
                <td className="print-number">–</td>
                <td className="print-number">–</td>
                <td className="print-number">–</td>
                <td className="print-term">{t('notReported')}</td>
              </>
            ) : (
              <>
                <td className="print-number">{`${figure(people.toDate)}\u00a0/\u00a0${figure(people.planned)}`}</td>
                <td className="print-number">{people.percent === null ? '–' : `${people.percent}%`}</td>
                <td className="print-number">{[met, behind, open].join('\u00a0/\u00a0')}</td>
                <td className="print-number">
                  {[actions.late, actions.done, actions.dropped].join('\u00a0/\u00a0')}
                </td>
                <td>
                  {t(reported.reporterName ? 'reportedBy' : 'reportedByRole', {
                    name: reported.reporterName,
                    role: REPORTER_ROLE_LABELS[reported.reporterRole][locale],
                    time: format.dateTime(reported.reportedAt),
                  })}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Every late action of the round, county by county, with its note. */
export function ReviewSummaryLate({ summary }: { summary: RoundSummary }) {
  const t = usePrintMessages(reviewSummaryMessages)
  const { locale } = usePrint()
  if (summary.late.length === 0) return <p className="print-empty">{t('noLate')}</p>
  return (
    <table className="print-table">
      <PrintTableHead
        columns={[
          { label: t('county'), width: '16%' },
          { label: t('action'), width: '42%' },
          { label: t('note'), width: '42%' },
        ]}
      />
      <tbody>
        {summary.late.map((late, index) => (
          <tr key={index}>
            <th scope="row">{countyName(late.county, locale)}</th>
            <td>{late.title}</td>
            <td>{late.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
