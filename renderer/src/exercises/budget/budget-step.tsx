import { Button } from 'antd'
import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { budgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { useLanguage } from '../../i18n/use-language'
import type { StepContext } from '../../plan/steps/step-context'
import { BudgetByAction } from './budget-by-action'
import { budgetGaps } from './budget-gaps'
import { BudgetGapList } from './budget-gap-list'
import { budgetMatrix } from './budget-matrix'
import { BudgetTable } from './budget-table'
import { formatWan, formatYuan } from './format-yuan'
import './budget.css'
import { useMessages } from '../../i18n/use-messages'
import { budgetUiMessages } from './budget-ui-messages'

/**
 * The budget: what the action plan's budget lines add up to by year and funding source, per measure,
 * and which lines still lack a year or a source. The lines themselves are edited in the action plan.
 */
export function BudgetStep({ plan }: StepContext) {
  const t = useMessages(budgetUiMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const totals = useMemo(() => budgetTotals(plan.actions), [plan.actions])
  const matrix = useMemo(() => budgetMatrix(totals), [totals])
  const gaps = useMemo(() => budgetGaps(plan.actions), [plan.actions])
  const lineCount = plan.actions.reduce((count, action) => count + action.budgetLines.length, 0)

  if (lineCount === 0) {
    return (
      <section aria-label={t('heading')} className="plan-section budget-step">
        <p className="budget-note">{t('empty')}</p>
        <Button type="primary" onClick={() => void navigate({ search: '?step=action-plan' })}>
          {t('toActions')}
        </Button>
      </section>
    )
  }

  return (
    <section aria-label={t('heading')} className="plan-section budget-step">
      <div className="budget-summary">
        <p className="budget-summary-figure" data-testid="budget-total">
          <span className="budget-summary-label">{t('total')}</span>
          <span className="budget-summary-amount">
            {t('yuan', { amount: formatYuan(totals.total, language) })}
          </span>
          <span className="budget-summary-wan">
            {t('wan', { amount: formatWan(totals.total, language) })}
          </span>
        </p>
        <p className="budget-summary-counts">
          {t('counts', { actions: plan.actions.length, lines: lineCount })}
        </p>
      </div>

      <h3 id="budget-matrix-heading" className="budget-heading">
        {t('matrix.heading')}
      </h3>
      <BudgetTable matrix={matrix} />

      <h3 id="budget-actions-heading" className="budget-heading">
        {t('byAction.heading')}
      </h3>
      <BudgetByAction actions={plan.actions} totals={totals} />

      <h3 className="budget-heading">{t('gaps.heading')}</h3>
      <BudgetGapList gaps={gaps} />
    </section>
  )
}
