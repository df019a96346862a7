import type { Plan } from '../../../../shared/live/plan-schema'
import { timelineRange, timelineRows, yearTicks } from '../../../../shared/export/timeline-layout'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { actionPlanUiMessages } from './action-plan-ui-messages'

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`
const ROW_HEIGHT = 16

/** Year bands behind every row, so the eye can follow a bar up to its year. */
function YearBands({ ticks }: { ticks: ReturnType<typeof yearTicks> }) {
  return (
    <>
      {ticks.map((tick, index) => (
        <rect
          key={tick.year}
          x={percent(tick.at)}
          y={0}
          width={percent(tick.width)}
          height="100%"
          className={index % 2 === 0 ? 'print-gantt-band' : 'print-gantt-band print-gantt-band--alt'}
        />
      ))}
    </>
  )
}

/**
 * The action plan as a Gantt chart: one row per action, its period as a bar and its milestones as
 * diamonds, over the plan's years. Drawn in SVG so it stays sharp at any zoom; laid out as a table so
 * long titles wrap, rows never split and the year header repeats on every page.
 */
export function ActionTimelinePrint({ plan }: { plan: Plan }) {
  const { t } = usePrint()
  const messages = usePrintMessages(actionPlanUiMessages)
  const range = timelineRange(plan.info, plan.actions)
  if (!range || plan.actions.length === 0) return <p className="print-empty">{t('notFilled')}</p>
  const ticks = yearTicks(range)
  const rows = timelineRows(plan.actions, range)
  return (
    <>
      <table className="print-table print-gantt">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '29%' }} />
          <col style={{ width: '66%' }} />
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
                {ticks.map((tick) => (
                  <text
                    key={tick.year}
                    x={percent(tick.at + tick.width / 2)}
                    y={12}
                    textAnchor="middle"
                    className="print-gantt-year"
                  >
                    {tick.year}
                  </text>
                ))}
              </svg>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.actions.map((action, index) => {
            const row = rows[index]!
            return (
              <tr key={action.id}>
                <td className="print-term">{index + 1}</td>
                <td>{action.title.trim() || t('notGiven')}</td>
                <td className="print-gantt-cell">
                  <svg
                    className="print-gantt-svg"
                    width="100%"
                    height={ROW_HEIGHT}
                    role="img"
                    aria-label={action.title}
                  >
                    <YearBands ticks={ticks} />
                    {row.bar ? (
                      <rect
                        x={percent(row.bar.from)}
                        y={4}
                        width={percent(Math.max(row.bar.to - row.bar.from, 0.004))}
                        height={ROW_HEIGHT - 8}
                        rx={2}
                        className="print-gantt-bar"
                      />
                    ) : (
                      <text x="1%" y={12} className="print-gantt-undated">
                        {messages('print.undated')}
                      </text>
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
