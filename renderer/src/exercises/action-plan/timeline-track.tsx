import type { FiveBatch } from '../../../../shared/vocabulary/plan-vocabulary'
import type { TimelineLayout, TimelineRow } from '../../../../shared/exercises/action-plan/timeline-layout'
import './timeline-track.css'

const percent = (fraction: number) => `${fraction * 100}%`

/** The year labels above the tracks. */
export function TimelineYears({
  layout,
  label,
}: {
  layout: TimelineLayout
  label: (year: number) => string
}) {
  return (
    <span className="timeline-track timeline-track--scale" aria-hidden>
      {layout.years.map(({ year, at, width }) => (
        <span key={year} className="timeline-year" style={{ left: percent(at), width: percent(width) }}>
          {label(year)}
        </span>
      ))}
    </span>
  )
}

interface TimelineTrackProps {
  layout: TimelineLayout
  row: TimelineRow
  batch: FiveBatch | null
  /** The bar's accessible name (timelineRowText's label). */
  label: string
}

/**
 * One action's track: the plan period shaded, a gridline per year, the bar and a diamond per milestone.
 * The step and the projector draw the same track; the PDF draws the same layout in SVG.
 */
export function TimelineTrack({ layout, row, batch, label }: TimelineTrackProps) {
  const { bar, milestones, marks } = row
  return (
    <div className="timeline-track">
      {layout.period && (
        <span
          className="timeline-period"
          style={{ left: percent(layout.period.from), width: percent(layout.period.to - layout.period.from) }}
        />
      )}
      {layout.years.slice(1).map(({ year, at }) => (
        <span key={year} className="timeline-gridline" style={{ left: percent(at) }} />
      ))}
      {bar && (
        <span
          role="img"
          aria-label={label}
          className="timeline-bar"
          data-testid="timeline-bar"
          data-batch={batch ?? 'none'}
          data-open-start={bar.openStart || undefined}
          data-open-end={bar.openEnd || undefined}
          data-reversed={marks.includes('endBeforeStart') || undefined}
          style={{ left: percent(bar.from), width: percent(bar.to - bar.from) }}
        />
      )}
      {milestones.map(({ id, title, at }) => (
        <span key={id} aria-hidden className="timeline-marker" style={{ left: percent(at) }} title={title} />
      ))}
    </div>
  )
}
