import type { Action } from '../../../../shared/exercises/action-plan/action-plan-schema'
import { timelineLayout, type TimelineLayout } from '../../../../shared/exercises/action-plan/timeline-layout'
import type { PlanInfo } from '../../../../shared/live/plan-schema'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useFormatters } from '../../components/use-formatters'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'
import { timelineRowText } from './timeline-text'
import { TimelineTrack, TimelineYears } from './timeline-track'

interface ActionTimelineProps {
  actions: readonly Action[]
  info: PlanInfo
  /** Opens an action in the list view. */
  onOpen: (actionId: string) => void
}

/**
 * The actions across the plan's years: one row per action, a bar from start to end and a diamond per
 * milestone, laid out by the one timeline layout the projector and the PDF use too. Each row also says
 * its dates, what is odd about them and its milestones in words.
 */
export function ActionTimeline({ actions, info, onOpen }: ActionTimelineProps) {
  const t = useMessages(actionPlanUiMessages)
  const layout = timelineLayout(info, actions)
  if (!layout) return <p className="action-empty">{t('timeline.empty')}</p>
  return (
    <div className="action-timeline" data-testid="action-timeline">
      <div className="timeline-scale">
        <span className="timeline-scale-label">
          {layout.period && (
            <span className="timeline-period-note">
              {t('timeline.period', { start: info.startYear, end: info.endYear })}
            </span>
          )}
        </span>
        <TimelineYears layout={layout} label={(year) => t('timeline.year', { year })} />
      </div>
      <ol
        className="timeline-rows"
        aria-label={t('timeline.label', { start: layout.startYear, end: layout.endYear })}
      >
        {actions.map((action, index) => (
          <TimelineItem key={action.id} action={action} layout={layout} index={index} onOpen={onOpen} />
        ))}
      </ol>
    </div>
  )
}

interface TimelineItemProps {
  action: Action
  layout: TimelineLayout
  index: number
  onOpen: (actionId: string) => void
}

function TimelineItem({ action, layout, index, onOpen }: TimelineItemProps) {
  const t = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  const format = useFormatters()
  const row = layout.rows[index]!
  const text = timelineRowText(action, row, t, language)
  const milestones = action.milestones.filter((milestone) => milestone.title.trim() || milestone.date)
  return (
    <li className="timeline-row" data-action-id={action.id} data-testid="timeline-row">
      <div className="timeline-label">
        <button
          type="button"
          className="timeline-open"
          data-testid="timeline-title"
          onClick={() => onOpen(action.id)}
        >
          {text.title}
        </button>
        <span className="timeline-dates">
          {action.batch && (
            <span className="action-batch" data-batch={action.batch}>
              {FIVE_BATCH_LABELS[action.batch][language]}
            </span>
          )}
          <span data-testid="timeline-dates">{text.dates}</span>
          {text.marks.map((mark) => (
            <span key={mark} className="timeline-mark" data-testid="timeline-mark">
              {mark}
            </span>
          ))}
        </span>
        {milestones.length > 0 && (
          <ul className="timeline-milestones" aria-label={t('timeline.milestones')}>
            {milestones.map((milestone) => (
              <li key={milestone.id}>
                <span aria-hidden className="timeline-diamond" />
                {milestone.title.trim() || t('timeline.unnamedMilestone')}
                {milestone.date && t('timeline.milestoneDate', { date: format.date(milestone.date) })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <TimelineTrack layout={layout} row={row} batch={action.batch} label={text.label} />
    </li>
  )
}
