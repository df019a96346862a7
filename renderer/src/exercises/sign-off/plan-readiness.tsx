import { CheckCircleFilled } from '@ant-design/icons'
import { Typography } from 'antd'
import { Link } from 'react-router'
import { textsOf } from '../../../../shared/exercises/exercise-definition'
import { EXERCISE_DEFINITIONS, exerciseTitle } from '../../../../shared/exercises/exercise-definitions'
import { planCompleteness } from '../../../../shared/exercises/exercise-completeness'
import type { Plan } from '../../../../shared/live/plan-schema'
import { useLanguage } from '../../i18n/use-language'
import type { WorkspaceStep } from '../../plan/steps/workspace-steps'
import { useMessages } from '../../i18n/use-messages'
import { signOffUiMessages } from './sign-off-ui-messages'

/**
 * What every other step still lacks, each with a link to it: the group's last check before asking
 * for sign-off. Read from the same completeness rules as the navigator and the facilitator's grid.
 */
export function PlanReadiness({
  plan,
  steps: workspaceSteps,
}: {
  plan: Plan
  steps: readonly WorkspaceStep[]
}) {
  const t = useMessages(signOffUiMessages)
  const language = useLanguage()
  const steps = workspaceSteps.filter((step) => step !== 'sign-off')
  const completeness = planCompleteness(plan, steps)
  const incomplete = completeness.exercises.filter(({ completeness: part }) => part.missing.length > 0)
  return (
    <section aria-labelledby="readiness-heading" className="plan-section">
      <Typography.Title level={2} id="readiness-heading" className="plan-section-title">
        {t('readiness.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('readiness.count', { done: completeness.done, total: completeness.total })}
      </Typography.Paragraph>
      {incomplete.length === 0 ? (
        <Typography.Paragraph className="readiness-done">
          <CheckCircleFilled aria-hidden /> {t('readiness.allDone')}
        </Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('readiness.intro')}</Typography.Paragraph>
          <ul className="readiness-list">
            {incomplete.map(({ kind, completeness: part }) => {
              const title = exerciseTitle(kind, language)
              return (
                <li key={kind} data-exercise={kind}>
                  <Link to={{ search: `?step=${kind}` }}>{t('readiness.goTo', { exercise: title })}</Link>
                  <ul>
                    {part.missing.map((id) => (
                      <li key={id}>{textsOf(EXERCISE_DEFINITIONS[kind], language).criteria[id]}</li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
