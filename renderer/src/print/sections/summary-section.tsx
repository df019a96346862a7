import type { PlanHeadlines } from '../../../../shared/export/plan-headlines'
import type { Plan } from '../../../../shared/live/plan-schema'
import { INDICATOR_ATTRIBUTE_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { usePrint } from '../print-context'
import { PrintSection, Prose } from '../print-section'
import { PrintTableHead } from '../print-table-head'

/** The page a busy reader reads: the goal, the key figures and the headline targets. */
export function SummarySection({
  number,
  plan,
  headlines,
}: {
  number: number
  plan: Plan
  headlines: PlanHeadlines
}) {
  const { t, format, label, yuan } = usePrint()
  const { peopleLifted, basePoorPeople, sharePercent, exitYear } = headlines
  const figures: { term: string; value: string; note?: string }[] = [
    {
      term: t('summary.peopleLifted'),
      value: peopleLifted !== null ? t('people', { count: format.count(peopleLifted) }) : t('notGiven'),
      note:
        peopleLifted !== null && basePoorPeople !== null && sharePercent !== null
          ? t('summary.peopleLiftedBasis', {
              base: format.count(basePoorPeople),
              share: format.decimal(sharePercent),
            })
          : undefined,
    },
    {
      term: t('summary.exitYear'),
      value: exitYear !== null ? t('yearSuffix', { year: String(exitYear) }) : t('notGiven'),
    },
    { term: t('summary.totalBudget'), value: yuan(headlines.totalBudget) },
    {
      term: t('summary.actionCount'),
      value: t('summary.actionCountValue', { count: headlines.actionCount }),
    },
  ]
  return (
    <PrintSection section="summary" number={number} newPage>
      <h3>{t('summary.goal')}</h3>
      <Prose paragraphs={plan.prose.goal} />
      <dl className="print-key-figures">
        {figures.map((figure) => (
          <div key={figure.term} className="print-key-figure">
            <dt>{figure.term}</dt>
            <dd>
              <span className="print-key-figure-value">{figure.value}</span>
              {figure.note && <span className="print-key-figure-note">{figure.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('summary.headlineTargets')}</h3>
      {headlines.targets.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('summary.target'), width: '46%' },
              { label: t('summary.targetValue'), width: '22%', numeric: true },
              { label: t('summary.targetYear'), width: '14%' },
              { label: t('summary.attribute'), width: '18%' },
            ]}
          />
          <tbody>
            {headlines.targets.map((target) => (
              <tr key={target.indicatorId}>
                <td>{target.name}</td>
                <td className="print-number">{`${format.decimal(target.value)}\u00a0${target.unit}`}</td>
                <td className="print-term">{t('yearSuffix', { year: String(target.year) })}</td>
                <td className="print-term">{label(INDICATOR_ATTRIBUTE_LABELS[target.attribute])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('summary.keyPartners')}</h3>
      {headlines.partners.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <p>{headlines.partners.join(t('listSeparator'))}</p>
      )}
    </PrintSection>
  )
}
