import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Action } from '../../../../shared/live/plan-schema'
import type { BudgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { actionLink } from './action-link'
import { formatYuan } from './format-yuan'

interface BudgetByActionProps {
  actions: readonly Action[]
  totals: BudgetTotals
}

/** Each measure's budget, with a link to edit it; measures without any costed line are flagged. */
export function BudgetByAction({ actions, totals }: BudgetByActionProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const amountOf = new Map(totals.byAction.map(({ actionId, amount }) => [actionId, amount]))
  return (
    <div className="budget-table-scroll" role="region" aria-labelledby="budget-actions-heading" tabIndex={0}>
      <table className="budget-table budget-action-table" data-testid="budget-by-action">
        <thead>
          <tr>
            <th scope="col">{t('plan.budget.byAction.action')}</th>
            <th scope="col">{t('plan.budget.byAction.batch')}</th>
            <th scope="col">{t('plan.budget.byAction.lines')}</th>
            <th scope="col" className="budget-total-cell">
              {t('plan.budget.byAction.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const title = action.title.trim() || t('plan.budget.byAction.untitled')
            const costed = action.budgetLines.some((line) => line.amount !== null)
            return (
              <tr key={action.id} data-action-id={action.id}>
                <th scope="row">
                  <Link to={actionLink(action.id)} aria-label={t('plan.budget.byAction.edit', { title })}>
                    {title}
                  </Link>
                </th>
                <td>{action.batch ? FIVE_BATCH_LABELS[action.batch][language] : '—'}</td>
                <td>{action.budgetLines.length}</td>
                <td className="budget-total-cell">
                  {costed ? (
                    formatYuan(amountOf.get(action.id) ?? 0, language)
                  ) : (
                    <span className="budget-flag">{t('plan.budget.byAction.none')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('plan.budget.matrix.total')}
            </th>
            <td className="budget-total-cell budget-grand-total">{formatYuan(totals.total, language)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
