import { Button } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { budgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { useLanguage } from '../../i18n/use-language'
import type { StepContext } from '../steps/step-context'
import { BudgetByAction } from './budget-by-action'
import { budgetGaps } from './budget-gaps'
import { BudgetGapList } from './budget-gap-list'
import { budgetMatrix } from './budget-matrix'
import { BudgetTable } from './budget-table'
import { formatWan, formatYuan } from './format-yuan'
import './budget.css'

/**
 * The budget: what the action plan's budget lines add up to by year and funding source, per measure,
 * and which lines still lack a year or a source. The lines themselves are edited in the action plan.
 */
export function BudgetStep({ plan }: StepContext) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const totals = useMemo(() => budgetTotals(plan.actions), [plan.actions])
  const matrix = useMemo(() => budgetMatrix(totals), [totals])
  const gaps = useMemo(() => budgetGaps(plan.actions), [plan.actions])
  const lineCount = plan.actions.reduce((count, action) => count + action.budgetLines.length, 0)

  if (lineCount === 0) {
    return (
      <section aria-label={t('plan.budget.heading')} className="plan-section budget-step">
        <p className="budget-note">{t('plan.budget.empty')}</p>
        <Button type="primary" onClick={() => void navigate({ search: '?step=action-plan' })}>
          {t('plan.budget.toActions')}
        </Button>
      </section>
    )
  }

  return (
    <section aria-label={t('plan.budget.heading')} className="plan-section budget-step">
      <div className="budget-summary">
        <p className="budget-summary-figure" data-testid="budget-total">
          <span className="budget-summary-label">{t('plan.budget.total')}</span>
          <span className="budget-summary-amount">
            {t('plan.budget.yuan', { amount: formatYuan(totals.total, language) })}
          </span>
          <span className="budget-summary-wan">
            {t('plan.budget.wan', { amount: formatWan(totals.total, language) })}
          </span>
        </p>
        <p className="budget-summary-counts">
          {t('plan.budget.counts', { actions: plan.actions.length, lines: lineCount })}
        </p>
      </div>

      <h3 id="budget-matrix-heading" className="budget-heading">
        {t('plan.budget.matrix.heading')}
      </h3>
      <BudgetTable matrix={matrix} />

      <h3 id="budget-actions-heading" className="budget-heading">
        {t('plan.budget.byAction.heading')}
      </h3>
      <BudgetByAction actions={plan.actions} totals={totals} />

      <h3 className="budget-heading">{t('plan.budget.gaps.heading')}</h3>
      <BudgetGapList gaps={gaps} />
    </section>
  )
}
