import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../../shared/live/plan-schema'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

const LIMIT = 5

/** The county's measures: title, which of the five batches, and who owns it. */
export function ActionPlanSpotlight({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const messages = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  if (plan.actions.length === 0) return <p className="projector-empty">{messages('spotlight.none')}</p>
  return (
    <ol className="projector-actions">
      {plan.actions.slice(0, LIMIT).map((action) => (
        <li key={action.id}>
          <span className="projector-action-title">{action.title.trim() || messages('untitled')}</span>
          {action.batch && <span className="projector-tag">{FIVE_BATCH_LABELS[action.batch][language]}</span>}
          {action.owner.trim() && (
            <span className="projector-secondary">
              {messages('spotlight.owner', { owner: action.owner.trim() })}
            </span>
          )}
        </li>
      ))}
      {plan.actions.length > LIMIT && (
        <li className="projector-more">
          {t('projector.spotlight.more', { count: plan.actions.length - LIMIT })}
        </li>
      )}
    </ol>
  )
}
