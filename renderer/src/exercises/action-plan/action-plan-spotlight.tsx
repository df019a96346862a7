import { timelineLayout } from '../../../../shared/exercises/action-plan/timeline-layout'
import type { Plan } from '../../../../shared/live/plan-schema'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { projectorMessages } from '../../projector/projector-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'
import { timelineRowText } from './timeline-text'
import { TimelineTrack, TimelineYears } from './timeline-track'
import './action-plan-spotlight.css'

const LIMIT = 5

/**
 * The county's measures on the timeline the step and the PDF draw: each with its five-batches tag and
 * owner, its dates and what is odd about them in words, and its bar across the plan's years.
 */
export function ActionPlanSpotlight({ plan }: { plan: Plan }) {
  const projector = useMessages(projectorMessages)
  const messages = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  if (plan.actions.length === 0) return <p className="projector-empty">{messages('spotlight.none')}</p>
  const layout = timelineLayout(plan.info, plan.actions)
  const shown = plan.actions.slice(0, LIMIT)
  return (
    <div className="projector-timeline" data-testid="projector-timeline">
      {layout && (
        <div className="projector-timeline-row projector-timeline-scale" aria-hidden>
          <span className="projector-secondary">
            {layout.period &&
              messages('timeline.period', { start: plan.info.startYear, end: plan.info.endYear })}
          </span>
          <TimelineYears layout={layout} label={(year) => String(year)} />
        </div>
      )}
      <ol
        className="projector-timeline-rows"
        aria-label={
          layout ? messages('timeline.label', { start: layout.startYear, end: layout.endYear }) : undefined
        }
      >
        {shown.map((action, index) => {
          const row = layout?.rows[index]
          const text = timelineRowText(action, { marks: row?.marks ?? [] }, messages, language)
          return (
            <li key={action.id} className="projector-timeline-row" data-testid="timeline-row">
              <div className="projector-timeline-label">
                <span className="projector-action-title" data-testid="timeline-title">
                  {text.title}
                </span>
                {action.batch && (
                  <span className="projector-tag">{FIVE_BATCH_LABELS[action.batch][language]}</span>
                )}
                {action.owner.trim() && (
                  <span className="projector-secondary">
                    {messages('spotlight.owner', { owner: action.owner.trim() })}
                  </span>
                )}
                <span className="projector-timeline-dates">
                  <span data-testid="timeline-dates">{text.dates}</span>
                  {text.marks.map((mark) => (
                    <span key={mark} className="projector-timeline-mark" data-testid="timeline-mark">
                      {mark}
                    </span>
                  ))}
                </span>
              </div>
              {layout && row && (
                <TimelineTrack layout={layout} row={row} batch={action.batch} label={text.label} />
              )}
            </li>
          )
        })}
        {plan.actions.length > LIMIT && (
          <li className="projector-more">
            {projector('spotlight.more', { count: plan.actions.length - LIMIT })}
          </li>
        )}
      </ol>
    </div>
  )
}
