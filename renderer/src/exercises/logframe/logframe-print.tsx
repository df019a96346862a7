import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { NotGiven, PrintSection, Prose } from '../../print/print-section'
import { PrintTableHead } from '../../print/print-table-head'
import { logframeUiMessages } from './logframe-ui-messages'

/**
 * The logframe's two sections of the printed plan, numbered `number` and the next: the goal, the
 * objectives with the indicators that measure them and the assumptions; then the risks and safeguards.
 */
export function LogframePrint({ number, plan }: { number: number; plan: Plan }) {
  const { t } = usePrint()
  const messages = usePrintMessages(logframeUiMessages)
  return (
    <>
      <PrintSection section="logframe" number={number}>
        <h3>{messages('print.goal')}</h3>
        <Prose paragraphs={plan.prose.goal} />
        <h3>{messages('print.objectives')}</h3>
        {plan.objectives.length === 0 ? (
          <p className="print-empty">{t('notFilled')}</p>
        ) : (
          <table className="print-table">
            <PrintTableHead
              columns={[
                { label: messages('print.objective'), width: '50%' },
                { label: messages('print.linkedIndicators'), width: '50%' },
              ]}
            />
            <tbody>
              {plan.objectives.map((objective) => {
                const indicators = plan.indicators.filter(
                  (indicator) => indicator.objectiveId === objective.id,
                )
                return (
                  <tr key={objective.id}>
                    <td>{objective.text}</td>
                    <td>
                      {indicators.length === 0 ? (
                        <NotGiven />
                      ) : (
                        indicators.map((indicator) => indicator.name).join(t('listSeparator'))
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        <h3>{messages('print.assumptions')}</h3>
        <Prose paragraphs={plan.prose.assumptions} />
      </PrintSection>
      <PrintSection section="risks" number={number + 1}>
        <Prose paragraphs={plan.prose.risks} />
      </PrintSection>
    </>
  )
}
