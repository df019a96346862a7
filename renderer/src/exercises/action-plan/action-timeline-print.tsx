import { timelineLayout, type TimelineLayout } from '../../../../shared/exercises/action-plan/timeline-layout'
import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { actionPlanUiMessages } from './action-plan-ui-messages'
import { timelineRowText } from './timeline-text'

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`
const ROW_HEIGHT = 16

/** Year bands behind every row, so the eye can follow a bar up to its year; the plan period on top. */
function Bands({ layout }: { layout: TimelineLayout }) {
  return (
    <>
      {layout.years.map((year, index) => (
        <rect
          key={year.year}
          x={percent(year.at)}
          y={0}
          width={percent(year.width)}
          height="100%"
          className={index % 2 === 0 ? 'print-gantt-band' : 'print-gantt-band print-gantt-band--alt'}
        />
      ))}
      {layout.period && (
        <rect
          x={percent(layout.period.from)}
          y={0}
          width={percent(layout.period.to - layout.period.from)}
          height="100%"
          className="print-gantt-period"
        />
      )}
    </>
  )
}

/**
 * The action plan as a Gantt chart, laid out by the one timeline layout the step and the projector use:
 * one row per action, its period as a bar and its milestones as diamonds, over the plan's years, with
 * its dates and what is odd about them in words under its name. Drawn in SVG so it stays sharp at any
 * zoom; laid out as a table so long titles wrap, rows never split and the year header repeats.
 */
export function ActionTimelinePrint({ plan }: { plan: Plan }) {
  const { t, locale } = usePrint()
  const messages = usePrintMessages(actionPlanUiMessages)
  const layout = timelineLayout(plan.info, plan.actions)
  if (!layout || plan.actions.length === 0) return <p className="print-empty">{t('notFilled')}</p>
  return (
    <>
      <table className="print-table print-gantt">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '33%' }} />
          <col style={{ width: '62%' }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{messages('print.number')}</th>
            <th scope="col">{messages('print.measure')}</th>
            <th scope="col" className="print-gantt-cell">
              <svg
                className="print-gantt-svg"
                width="100%"
                height={ROW_HEIGHT}
                role="img"
                aria-label={messages('print.period')}
              >
                {layout.years.map((year) => (
                  <text
                    key={year.year}
                    x={percent(year.at + year.width / 2)}
                    y={12}
                    textAnchor="middle"
                    className="print-gantt-year"
                  >
                    {year.year}
                  </text>
                ))}
              </svg>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.actions.map((action, index) => {
            const row = layout.rows[index]!
            const text = timelineRowText(action, row, messages, locale)
            const bar = row.bar
            const classes = ['print-gantt-bar']
            if (bar?.openStart || bar?.openEnd) classes.push('print-gantt-bar--open')
            if (row.marks.includes('endBeforeStart')) classes.push('print-gantt-bar--reversed')
            return (
              <tr key={action.id}>
                <td className="print-term">{index + 1}</td>
                <td>
                  <span className="print-line">{text.title}</span>
                  <span className="print-line print-sub">{text.dates}</span>
                  {text.marks.length > 0 && (
                    <span className="print-line print-sub print-gantt-marks">
                      {text.marks.join(messages('timeline.markSeparator'))}
                    </span>
                  )}
                </td>
                <td className="print-gantt-cell">
                  <svg
                    className="print-gantt-svg"
                    width="100%"
                    height={ROW_HEIGHT}
                    role="img"
                    aria-label={text.label}
                  >
                    <Bands layout={layout} />
                    {bar && (
                      <rect
                        x={percent(bar.from)}
                        y={4}
                        width={percent(Math.max(bar.to - bar.from, 0.004))}
                        height={ROW_HEIGHT - 8}
                        rx={2}
                        className={classes.join(' ')}
                      />
                    )}
                    {row.milestones.map((milestone) => (
                      <svg key={milestone.id} x={percent(milestone.at)} y={0} overflow="visible">
                        <title>{milestone.title}</title>
                        <polygon points="0,2 6,8 0,14 -6,8" className="print-gantt-milestone" />
                      </svg>
                    ))}
                  </svg>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p className="print-note">{messages('print.timelineNote')}</p>
    </>
  )
}
