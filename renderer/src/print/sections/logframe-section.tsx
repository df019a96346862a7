import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrint } from '../print-context'
import { NotGiven, PrintSection, Prose } from '../print-section'
import { PrintTableHead } from '../print-table-head'

/** Goal, objectives with the indicators that measure them, and the assumptions the plan rests on. */
export function LogframeSection({ number, plan }: { number: number; plan: Plan }) {
  const { t } = usePrint()
  return (
    <PrintSection section="logframe" number={number}>
      <h3>{t('logframe.goal')}</h3>
      <Prose paragraphs={plan.prose.goal} />
      <h3>{t('logframe.objectives')}</h3>
      {plan.objectives.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('logframe.objective'), width: '50%' },
              { label: t('logframe.linkedIndicators'), width: '50%' },
            ]}
          />
          <tbody>
            {plan.objectives.map((objective) => {
              const indicators = plan.indicators.filter((indicator) => indicator.objectiveId === objective.id)
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
      <h3>{t('logframe.assumptions')}</h3>
      <Prose paragraphs={plan.prose.assumptions} />
    </PrintSection>
  )
}

/** A section that is one piece of co-edited prose: risks and safeguards, or the review schedule. */
export function ProseSection({
  number,
  section,
  paragraphs,
}: {
  number: number
  section: 'risks' | 'monitoring'
  paragraphs: readonly string[]
}) {
  return (
    <PrintSection section={section} number={number}>
      <Prose paragraphs={paragraphs} />
    </PrintSection>
  )
}
