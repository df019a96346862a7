import { CheckCircleOutlined } from '@ant-design/icons'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../i18n/use-language'
import { actionLink } from './action-link'
import type { BudgetGap } from './budget-gaps'
import { formatYuan } from './format-yuan'

/** Budget lines without a year or a source, each with a link to the action where it can be completed. */
export function BudgetGapList({ gaps }: { gaps: readonly BudgetGap[] }) {
  const { t } = useTranslation()
  const language = useLanguage()
  if (gaps.length === 0) {
    return (
      <p className="budget-all-placed">
        <CheckCircleOutlined aria-hidden /> {t('plan.budget.gaps.none')}
      </p>
    )
  }
  return (
    <>
      <p className="budget-note">{t('plan.budget.gaps.intro')}</p>
      <ul className="budget-gap-list" data-testid="budget-gaps">
        {gaps.map((gap) => {
          const action = gap.actionTitle || t('plan.budget.byAction.untitled')
          const missing = [
            gap.missingYear ? t('plan.budget.gaps.missingYear') : null,
            gap.missingSource ? t('plan.budget.gaps.missingSource') : null,
          ].filter((text): text is string => text !== null)
          return (
            <li key={gap.lineId} className="budget-gap">
              <span className="budget-gap-what">
                {t('plan.budget.gaps.line', {
                  action,
                  position: gap.position,
                  item: gap.item || t('plan.budget.gaps.noItem'),
                })}
              </span>
              <span className="budget-gap-amount">
                {gap.amount === null
                  ? t('plan.budget.gaps.noAmount')
                  : t('plan.budget.yuan', { amount: formatYuan(gap.amount, language) })}
              </span>
              <span className="budget-gap-missing">{missing.join(t('plan.budget.gaps.separator'))}</span>
              <Link to={actionLink(gap.actionId)} className="budget-gap-fix">
                {t('plan.budget.gaps.fix')}
                <span className="sr-only">
                  {t('plan.budget.gaps.fixWhich', { action, position: gap.position })}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </>
  )
}
