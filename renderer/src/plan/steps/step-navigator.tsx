import { CheckCircleFilled, CommentOutlined } from '@ant-design/icons'
import { useOpenCommentCounts } from '../../comments/open-comment-counts'
import { Link } from 'react-router'
import { exerciseTitle } from '../../../../shared/exercises/exercise-definitions'
import { exerciseCompleteness } from '../../../../shared/exercises/exercise-completeness'
import type { Plan } from '../../../../shared/live/plan-schema'
import { useLanguage } from '../../i18n/use-language'
import { completenessState } from './completeness-label'
import type { WorkspaceStep } from './workspace-steps'
import { useMessages } from '../../i18n/use-messages'
import { planMessages } from '../plan-messages'

interface StepNavigatorProps {
  steps: readonly WorkspaceStep[]
  current: WorkspaceStep
  plan: Plan
}

/**
 * The programme's exercises as links (`?step=`), so the step survives a reload, the back button works
 * and every step is one Tab and Enter away. Each shows how complete it is, and its open comments.
 */
export function StepNavigator({ steps, current, plan }: StepNavigatorProps) {
  const t = useMessages(planMessages)
  const language = useLanguage()
  const comments = useOpenCommentCounts()
  return (
    <nav aria-label={t('steps.navLabel')} className="step-nav">
      <ol className="step-nav-list">
        {steps.map((step, index) => {
          const state = completenessState(exerciseCompleteness(step, plan))
          const status =
            state.kind === 'none'
              ? t('steps.notApplicable')
              : state.kind === 'done'
                ? t('steps.done')
                : t('steps.percent', { percent: state.percent })
          return (
            <li key={step}>
              <Link
                to={{ search: `?step=${step}` }}
                className="step-nav-link"
                aria-current={step === current ? 'step' : undefined}
                data-step={step}
              >
                <span className="step-nav-number" aria-hidden>
                  {index + 1}
                </span>
                <span className="step-nav-title">{exerciseTitle(step, language)}</span>
                <span className="step-nav-status" data-testid="step-completeness" data-state={state.kind}>
                  {state.kind === 'done' && <CheckCircleFilled aria-hidden />}
                  {state.kind === 'none' ? <span aria-hidden>—</span> : null}
                  <span className={state.kind === 'none' ? 'sr-only' : undefined}>{status}</span>
                </span>
                {(comments[step] ?? 0) > 0 && (
                  <span className="step-nav-comments" data-testid="step-comments">
                    <CommentOutlined aria-hidden /> {t('steps.comments', { count: comments[step] })}
                  </span>
                )}
              </Link>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
