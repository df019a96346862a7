import { FUNDING_SOURCE_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import type { BudgetMatrix } from './budget-matrix'
import { formatYuan } from './format-yuan'
import { useMessages } from '../../i18n/use-messages'
import { budgetUiMessages } from './budget-ui-messages'

/**
 * Years down, funding sources across, in yuan, with row and column totals and the grand total. A real
 * table with row and column headers, so a screen reader says "2019, 企业投入" before each figure.
 */
export function BudgetTable({ matrix }: { matrix: BudgetMatrix }) {
  const t = useMessages(budgetUiMessages)
  const language = useLanguage()
  const money = (amount: number | null) => (amount === null ? '—' : formatYuan(amount, language))
  return (
    <div
      className="budget-table-scroll"
      role="region"
      aria-labelledby="budget-matrix-heading"
      // Focusable so the table can be scrolled sideways by keyboard on a phone.
      tabIndex={0}
    >
      <table className="budget-table" data-testid="budget-matrix">
        <caption className="sr-only">{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.year')}</th>
            {matrix.sources.map((source) => (
              <th scope="col" key={source ?? 'none'}>
                {source ? FUNDING_SOURCE_LABELS[source][language] : t('matrix.noSource')}
              </th>
            ))}
            <th scope="col" className="budget-total-cell">
              {t('matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.year ?? 'none'}>
              <th scope="row">
                {row.year === null ? t('matrix.noYear') : t('matrix.yearValue', { year: row.year })}
              </th>
              {row.cells.map((amount, index) => (
                <td key={matrix.sources[index] ?? 'none'} data-empty={amount === null || undefined}>
                  {money(amount)}
                </td>
              ))}
              <td className="budget-total-cell">{money(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('matrix.total')}</th>
            {matrix.columnTotals.map((amount, index) => (
              <td key={matrix.sources[index] ?? 'none'}>{money(amount)}</td>
            ))}
            <td className="budget-total-cell budget-grand-total" data-testid="budget-grand-total">
              {money(matrix.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
