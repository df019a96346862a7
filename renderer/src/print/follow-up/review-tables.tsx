import { indicatorsProgress, peopleProgress } from '../../../../shared/follow-up/follow-up-progress'
import type { FollowUpReport } from '../../../../shared/follow-up/follow-up-report-schema'
import {
  INDICATOR_STATE_LABELS,
  ITEM_STATUS_LABELS,
  REPORTER_ROLE_LABELS,
} from '../../../../shared/follow-up/follow-up-terms-messages'
import { statusOf } from '../../../../shared/follow-up/report-entries'
import { usePrint, usePrintMessages } from '../print-context'
import { PrintTableHead } from '../print-table-head'
import { reviewPrintMessages } from './review-print-messages'

/** The review report's words and figures: headline, actuals against targets, late actions, items, narrative. */
export function ReviewTables({ report }: { report: FollowUpReport }) {
  const t = usePrintMessages(reviewPrintMessages)
  const { locale, format, label } = usePrint()
  const { targets } = report
  const people = peopleProgress(report)
  const figure = (value: number | null, unit = '') =>
    value === null ? '–' : unit ? `${format.decimal(value)}\u00a0${unit}` : format.decimal(value)
  const noteOf = (entries: readonly { itemId: string; note: string }[], id: string) =>
    entries.find((entry) => entry.itemId === id)?.note ?? ''
  const items = [
    ...targets.actions.map((action) => ({
      id: action.id,
      kind: t('action'),
      title: action.title,
      status: statusOf(report.actions, action.id),
      note: noteOf(report.actions, action.id),
    })),
    ...targets.matches.map((match) => ({
      id: match.id,
      kind: t('match'),
      title: label(match.title) || match.title['zh-CN'],
      status: statusOf(report.matches, match.id),
      note: noteOf(report.matches, match.id),
    })),
  ]
  const late = items.filter((item) => item.kind === t('action') && item.status === 'late')
  return (
    <>
      {report.reportedAt === null && <p className="print-empty">{t('notSaved')}</p>}
      <h2>{t('headline')}</h2>
      <ul>
        {targets.peoplePlanned !== null && targets.peoplePlannedBy !== null && (
          <li>
            {t('peoplePlanned', {
              count: format.count(targets.peoplePlanned),
              year: targets.peoplePlannedBy,
            })}
          </li>
        )}
        <li>
          {people.toDate !== null && people.percent !== null
            ? t('peopleToDate', { count: format.count(people.toDate), percent: people.percent })
            : t('peopleNotReported')}
        </li>
      </ul>
      <h2>{t('actuals')}</h2>
      {targets.indicators.length === 0 ? (
        <p className="print-empty">{t('noIndicators')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('indicator'), width: '30%' },
              { label: t('target', { year: targets.planYear }), numeric: true },
              { label: t('actual'), numeric: true },
              { label: t('state') },
              { label: t('note'), width: '28%' },
            ]}
          />
          <tbody>
            {indicatorsProgress(report).map((progress) => (
              <tr key={progress.indicator.id}>
                <td>{progress.indicator.name}</td>
                <td className="print-number">{figure(progress.indicator.target, progress.indicator.unit)}</td>
                <td className="print-number">{figure(progress.actual, progress.indicator.unit)}</td>
                <td className="print-term">{INDICATOR_STATE_LABELS[progress.state][locale]}</td>
                <td>
                  {report.indicators.find((entry) => entry.indicatorId === progress.indicator.id)?.note ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('late')}</h2>
      {late.length === 0 ? (
        <p className="print-empty">{t('noLate')}</p>
      ) : (
        <ul>
          {late.map((item) => (
            <li key={item.id}>
              {item.title}
              {item.note && ` — ${item.note}`}
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <>
          <h2>{t('items')}</h2>
          <table className="print-table">
            <PrintTableHead
              columns={[
                { label: t('item'), width: '40%' },
                { label: t('status') },
                { label: t('note'), width: '40%' },
              ]}
            />
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{`${item.kind} · ${item.title}`}</td>
                  <td className="print-term">{ITEM_STATUS_LABELS[item.status][locale]}</td>
                  <td>{item.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2>{t('narrative')}</h2>
      {report.narrative.trim() === '' ? (
        <p className="print-empty">{t('noNarrative')}</p>
      ) : (
        report.narrative.split(/\n+/).map((paragraph, index) => <p key={index}>{paragraph}</p>)
      )}
      {report.reportedAt !== null && (
        <p>
          {t(report.reporterName ? 'reporter' : 'reporterRoleOnly', {
            name: report.reporterName,
            role: REPORTER_ROLE_LABELS[report.reporterRole][locale],
            time: format.dateTime(report.reportedAt),
          })}
        </p>
      )}
    </>
  )
}
