import { CheckCircleOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import { useLanguage } from '../../i18n/use-language'
import { actionLink } from './action-link'
import type { BudgetGap } from './budget-gaps'
import { formatYuan } from './format-yuan'
import { useMessages } from '../../i18n/use-messages'
import { budgetUiMessages } from './budget-ui-messages'

/** Budget lines without a year or a source, each with a link to the action where it can be completed. */
export function BudgetGapList({ gaps }: { gaps: readonly BudgetGap[] }) {
  const t = useMessages(budgetUiMessages)
  const language = useLanguage()
  if (gaps.length === 0) {
    return (
      <p className="budget-all-placed">
        <CheckCircleOutlined aria-hidden /> {t('gaps.none')}
      </p>
    )
  }
  return (
    <>
      <p className="budget-note">{t('gaps.intro')}</p>
      <ul className="budget-gap-list" data-testid="budget-gaps">
        {gaps.map((gap) => {
          const action = gap.actionTitle || t('byAction.untitled')
          const missing = [
            gap.missingYear ? t('gaps.missingYear') : null,
            gap.missingSource ? t('gaps.missingSource') : null,
          ].filter((text): text is string => text !== null)
          return (
            <li key={gap.lineId} className="budget-gap">
              <span className="budget-gap-what">
                {t('gaps.line', {
                  action,
                  position: gap.position,
                  item: gap.item || t('gaps.noItem'),
                })}
              </span>
              <span className="budget-gap-amount">
                {gap.amount === null
                  ? t('gaps.noAmount')
                  : t('yuan', { amount: formatYuan(gap.amount, language) })}
              </span>
              <span className="budget-gap-missing">{missing.join(t('gaps.separator'))}</span>
              <Link to={actionLink(gap.actionId)} className="budget-gap-fix">
                {t('gaps.fix')}
                <span className="sr-only">{t('gaps.fixWhich', { action, position: gap.position })}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </>
  )
}
