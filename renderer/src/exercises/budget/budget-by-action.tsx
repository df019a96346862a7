import { Link } from 'react-router'
import type { Action } from '../../../../shared/live/plan-schema'
import type { BudgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { actionLink } from './action-link'
import { formatYuan } from './format-yuan'
import { useMessages } from '../../i18n/use-messages'
import { budgetUiMessages } from './budget-ui-messages'

interface BudgetByActionProps {
  actions: readonly Action[]
  totals: BudgetTotals
}

/** Each measure's budget, with a link to edit it; measures without any costed line are flagged. */
export function BudgetByAction({ actions, totals }: BudgetByActionProps) {
  const t = useMessages(budgetUiMessages)
  const language = useLanguage()
  const amountOf = new Map(totals.byAction.map(({ actionId, amount }) => [actionId, amount]))
  return (
    <div className="budget-table-scroll" role="region" aria-labelledby="budget-actions-heading" tabIndex={0}>
      <table className="budget-table budget-action-table" data-testid="budget-by-action">
        <thead>
          <tr>
            <th scope="col">{t('byAction.action')}</th>
            <th scope="col">{t('byAction.batch')}</th>
            <th scope="col">{t('byAction.lines')}</th>
            <th scope="col" className="budget-total-cell">
              {t('byAction.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => {
            const title = action.title.trim() || t('byAction.untitled')
            const costed = action.budgetLines.some((line) => line.amount !== null)
            return (
              <tr key={action.id} data-action-id={action.id}>
                <th scope="row">
                  <Link to={actionLink(action.id)} aria-label={t('byAction.edit', { title })}>
                    {title}
                  </Link>
                </th>
                <td>{action.batch ? FIVE_BATCH_LABELS[action.batch][language] : '—'}</td>
                <td>{action.budgetLines.length}</td>
                <td className="budget-total-cell">
                  {costed ? (
                    formatYuan(amountOf.get(action.id) ?? 0, language)
                  ) : (
                    <span className="budget-flag">{t('byAction.none')}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('matrix.total')}
            </th>
            <td className="budget-total-cell budget-grand-total">{formatYuan(totals.total, language)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
