import type { Plan } from '../../../../shared/live/plan-schema'
import { budgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { FUNDING_SOURCE_LABELS, type FundingSource } from '../../../../shared/vocabulary/plan-vocabulary'
import { usePrint } from '../../print/print-context'
import { PrintSection, TextOr } from '../../print/print-section'
import { PrintTableHead } from '../../print/print-table-head'

/** Sources down, years across, totals on both edges; then every line with the action it belongs to. */
export function BudgetPrint({ number, plan }: { number: number; plan: Plan }) {
  const { t, label, format } = usePrint()
  const totals = budgetTotals(plan.actions)
  const sourceName = (source: FundingSource | null) =>
    source === null ? t('budget.noSource') : label(FUNDING_SOURCE_LABELS[source])
  const yearName = (year: number | null) => (year === null ? t('budget.noYear') : String(year))
  const cell = (year: number | null, source: FundingSource | null) =>
    totals.cells.find((entry) => entry.year === year && entry.source === source)?.amount
  const lines = plan.actions.flatMap((action, index) =>
    action.budgetLines.map((line) => ({ line, action, actionNumber: index + 1 })),
  )
  const yearWidth = totals.byYear.length === 0 ? 0 : Math.min(14, 56 / (totals.byYear.length + 1))
  return (
    <PrintSection section="budget" number={number}>
      <h3>{t('budget.bySource')}</h3>
      {totals.bySource.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table print-budget">
          <colgroup>
            <col style={{ width: `${100 - yearWidth * (totals.byYear.length + 1)}%` }} />
            {totals.byYear.map(({ year }) => (
              <col key={String(year)} style={{ width: `${yearWidth}%` }} />
            ))}
            <col style={{ width: `${yearWidth}%` }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('budget.source')}</th>
              {totals.byYear.map(({ year }) => (
                <th key={String(year)} scope="col" className="print-number">
                  {yearName(year)}
                </th>
              ))}
              <th scope="col" className="print-number">
                {t('budget.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.bySource.map(({ source, amount }) => (
              <tr key={String(source)}>
                <th scope="row">{sourceName(source)}</th>
                {totals.byYear.map(({ year }) => {
                  const value = cell(year, source)
                  return (
                    <td key={String(year)} className="print-number">
                      {value === undefined ? '—' : format.decimal(value)}
                    </td>
                  )
                })}
                <td className="print-number print-strong">{format.decimal(amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="print-total-row">
              <th scope="row">{t('budget.total')}</th>
              {totals.byYear.map(({ year, amount }) => (
                <td key={String(year)} className="print-number">
                  {format.decimal(amount)}
                </td>
              ))}
              <td className="print-number">{format.decimal(totals.total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {lines.length > 0 && (
        <>
          <h3>{t('budget.lines')}</h3>
          <table className="print-table">
            <PrintTableHead
              columns={[
                { label: t('budget.action'), width: '30%' },
                { label: t('budget.item'), width: '26%' },
                { label: t('budget.year'), width: '10%' },
                { label: t('budget.source'), width: '18%' },
                { label: t('budget.amount'), width: '16%', numeric: true },
              ]}
            />
            <tbody>
              {lines.map(({ line, action, actionNumber }) => (
                <tr key={line.id}>
                  <td>
                    {actionNumber}. {action.title.trim() || t('notGiven')}
                  </td>
                  <td>
                    <TextOr text={line.item} />
                  </td>
                  <td className="print-term">{yearName(line.year)}</td>
                  <td>{sourceName(line.source)}</td>
                  <td className="print-number">{line.amount === null ? '—' : format.decimal(line.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </PrintSection>
  )
}
