import type { Action, Plan } from '../../../../shared/live/plan-schema'
import { BENEFIT_MECHANISM_LABELS, FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { actionPlanUiMessages } from './action-plan-ui-messages'
import { NotGiven, PrintSection, TextOr } from '../../print/print-section'
import { ActionTimelinePrint } from './action-timeline-print'
import { PrintTableHead } from '../../print/print-table-head'
import './action-plan-print.css'

function Coverage({ action }: { action: Action }) {
  const { format } = usePrint()
  const messages = usePrintMessages(actionPlanUiMessages)
  const lines: string[] = []
  if (action.villagesCovered !== null)
    lines.push(messages('print.villages', { count: format.count(action.villagesCovered) }))
  if (action.beneficiaryHouseholds !== null || action.beneficiaryPeople !== null) {
    lines.push(
      messages('print.beneficiaries', {
        households: action.beneficiaryHouseholds === null ? '—' : format.count(action.beneficiaryHouseholds),
        people: action.beneficiaryPeople === null ? '—' : format.count(action.beneficiaryPeople),
      }),
    )
  }
  if (action.shareRegisteredPoor !== null)
    lines.push(messages('print.sharePoor', { share: format.decimal(action.shareRegisteredPoor) }))
  if (lines.length === 0) return <NotGiven />
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="print-line">
          {line}
        </span>
      ))}
    </>
  )
}

function Period({ action }: { action: Action }) {
  const { format } = usePrint()
  if (!action.startDate && !action.endDate) return <NotGiven />
  return (
    <>
      <span className="print-line">{action.startDate ? format.date(action.startDate) : '…'}</span>
      <span className="print-line print-nowrap">– {action.endDate ? format.date(action.endDate) : '…'}</span>
    </>
  )
}

/** Every measure with its five-batches tag, reach, benefit link, owner, dates and milestones; then the chart. */
export function ActionPlanPrint({ number, plan }: { number: number; plan: Plan }) {
  const { t, label, format } = usePrint()
  const messages = usePrintMessages(actionPlanUiMessages)
  return (
    <PrintSection section="action-plan" number={number} landscape>
      {plan.actions.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table print-actions">
          <PrintTableHead
            columns={[
              { label: messages('print.number'), width: '4.3%' },
              { label: messages('print.measure'), width: '30.2%' },
              { label: messages('print.batch'), width: '7.5%' },
              { label: messages('print.coverage'), width: '12%' },
              { label: messages('print.mechanism'), width: '7%' },
              { label: messages('print.owner'), width: '9%' },
              { label: messages('print.partner'), width: '9%' },
              { label: messages('print.period'), width: '9.5%' },
              { label: messages('print.milestones'), width: '11.5%' },
            ]}
          />
          <tbody>
            {plan.actions.map((action, index) => (
              <tr key={action.id}>
                <td className="print-term">{index + 1}</td>
                <td>
                  <p className="print-action-title">{action.title.trim() || t('notGiven')}</p>
                  {action.description
                    .filter((paragraph) => paragraph.trim() !== '')
                    .map((paragraph, paragraphIndex) => (
                      <p key={paragraphIndex} className="print-action-text">
                        {paragraph}
                      </p>
                    ))}
                  {action.needText.trim() !== '' && (
                    <p className="print-sub">{messages('print.fromNeed', { need: action.needText })}</p>
                  )}
                </td>
                <td className="print-term">
                  {action.batch ? label(FIVE_BATCH_LABELS[action.batch]) : <NotGiven />}
                </td>
                <td>
                  <Coverage action={action} />
                </td>
                <td className="print-term">
                  {action.mechanism ? label(BENEFIT_MECHANISM_LABELS[action.mechanism]) : <NotGiven />}
                </td>
                <td>
                  <TextOr text={action.owner} />
                </td>
                <td>
                  <TextOr text={action.partner} />
                </td>
                <td className="print-term">
                  <Period action={action} />
                </td>
                <td>
                  {action.milestones.length === 0 ? (
                    <NotGiven />
                  ) : (
                    <ul className="print-milestones">
                      {action.milestones.map((milestone) => (
                        <li key={milestone.id}>
                          {milestone.title}
                          {milestone.date && <span className="print-sub">{format.date(milestone.date)}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{messages('print.timeline')}</h3>
      <ActionTimelinePrint plan={plan} />
    </PrintSection>
  )
}
