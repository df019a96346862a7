import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrintMessages } from '../../print/print-context'
import { ProblemTreeFigure } from './problem-tree-figure'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

/** The problem tree and the objectives turned from its cards, in the plan's problem analysis. */
export function ProblemTreePrint({ plan }: { plan: Plan }) {
  const t = usePrintMessages(problemTreeUiMessages)
  return (
    <>
      <h3>{t('print.tree')}</h3>
      <ProblemTreeFigure tree={plan.problemTree} />
      {plan.objectives.length > 0 && (
        <>
          <h3>{t('print.objectives')}</h3>
          <ol className="print-list">
            {plan.objectives.map((objective) => (
              <li key={objective.id}>{objective.text}</li>
            ))}
          </ol>
        </>
      )}
    </>
  )
}
