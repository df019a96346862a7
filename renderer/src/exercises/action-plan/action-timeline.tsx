import type { Action, PlanInfo } from '../../../../shared/live/plan-schema'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useFormatters } from '../../components/use-formatters'
import { useLanguage } from '../../i18n/use-language'
import { timelineLayout, type TimelineRow } from './timeline-layout'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

interface ActionTimelineProps {
  actions: readonly Action[]
  info: PlanInfo
  /** Opens an action in the list view. */
  onOpen: (actionId: string) => void
}

/**
 * The actions across the plan's years: one row per action, a bar from start to end and a diamond per
 * milestone. The drawing is for the eye; each row also says its dates and milestones in words, which is
 * what a screen reader reads.
 */
export function ActionTimeline({ actions, info, onOpen }: ActionTimelineProps) {
  const t = useMessages(actionPlanUiMessages)
  const layout = timelineLayout(info, actions)
  if (!layout) return <p className="action-empty">{t('timeline.empty')}</p>
  const rows = new Map(layout.rows.map((row) => [row.actionId, row]))
  const { startYear, endYear } = layout.span
  return (
    <div className="action-timeline" data-testid="action-timeline">
      <div className="timeline-scale" aria-hidden>
        <span className="timeline-scale-label" />
        <span className="timeline-track">
          {layout.years.map(({ year, left, width }) => (
            <span key={year} className="timeline-year" style={{ left: `${left}%`, width: `${width}%` }}>
              {t('timeline.year', { year })}
            </span>
          ))}
        </span>
      </div>
      <ol className="timeline-rows" aria-label={t('timeline.label', { start: startYear, end: endYear })}>
        {actions.map((action) => (
          <TimelineItem
            key={action.id}
            action={action}
            row={rows.get(action.id)}
            years={layout.years}
            onOpen={onOpen}
          />
        ))}
      </ol>
    </div>
  )
}

interface TimelineItemProps {
  action: Action
  row: TimelineRow | undefined
  years: { year: number; left: number }[]
  onOpen: (actionId: string) => void
}

function TimelineItem({ action, row, years, onOpen }: TimelineItemProps) {
  const t = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  const format = useFormatters()
  const title = action.title.trim() || t('untitled')
  const { startDate, endDate } = action
  const dates =
    startDate && endDate
      ? endDate < startDate
        ? t('timeline.endBeforeStart', { range: format.dateRange(startDate, endDate) })
        : format.dateRange(startDate, endDate)
      : t('summary.noDates')
  const bar = row?.bar
  const milestones = action.milestones.filter((milestone) => milestone.title.trim() || milestone.date)
  return (
    <li className="timeline-row" data-action-id={action.id}>
      <div className="timeline-label">
        <button type="button" className="timeline-open" onClick={() => onOpen(action.id)}>
          {title}
        </button>
        <span className="timeline-dates">
          {action.batch && (
            <span className="action-batch" data-batch={action.batch}>
              {FIVE_BATCH_LABELS[action.batch][language]}
            </span>
          )}
          {dates}
          {bar?.clippedStart && <span> · {t('timeline.clippedStart')}</span>}
          {bar?.clippedEnd && <span> · {t('timeline.clippedEnd')}</span>}
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
      <div className="timeline-track" aria-hidden>
        {years.slice(1).map(({ year, left }) => (
          <span key={year} className="timeline-gridline" style={{ left: `${left}%` }} />
        ))}
        {bar && (
          <span
            className="timeline-bar"
            data-batch={action.batch ?? 'none'}
            data-clipped-start={bar.clippedStart || undefined}
            data-clipped-end={bar.clippedEnd || undefined}
            style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
          />
        )}
        {row?.markers.map(({ milestoneId, left }) => (
          <span
            key={milestoneId}
            className="timeline-marker"
            style={{ left: `${left}%` }}
            title={action.milestones.find((milestone) => milestone.id === milestoneId)?.title}
          />
        ))}
      </div>
    </li>
  )
}
