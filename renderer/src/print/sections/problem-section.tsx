import { dotVoteResults } from '../../../../shared/exercises/dot-vote/dot-vote-results'
import { type Plan } from '../../../../shared/live/plan-schema'
import { usePrint } from '../print-context'
import { PrintSection } from '../print-section'
import { PrintTableHead } from '../print-table-head'
import { ProblemTreePrint } from '../../exercises/problem-tree/problem-tree-print'
import { SwotPrint } from '../../exercises/swot/swot-print'

/** How many voted cards the dot-vote table lists. */
const TOP_VOTED = 5

/** Problem tree, objectives, SWOT and the dot vote's ranking. */
export function ProblemSection({ number, plan }: { number: number; plan: Plan }) {
  const { t, format } = usePrint()
  const cardText = new Map<string, string>([
    ...plan.swot.map((card) => [card.id, card.text] as const),
    ...plan.problemTree.nodes.map((node) => [node.id, node.text] as const),
  ])
  const votes = dotVoteResults(plan)
    .filter((result) => cardText.has(result.cardId))
    .slice(0, TOP_VOTED)
  return (
    <PrintSection section="problem-analysis" number={number}>
      <ProblemTreePrint plan={plan} />
      <SwotPrint plan={plan} />
      {votes.length > 0 && (
        <>
          <h3>{t('problems.votes')}</h3>
          <table className="print-table">
            <PrintTableHead
              columns={[
                { label: t('problems.rank'), width: '10%' },
                { label: t('problems.card'), width: '62%' },
                { label: t('problems.dots'), width: '14%', numeric: true },
                { label: t('problems.voters'), width: '14%', numeric: true },
              ]}
            />
            <tbody>
              {votes.map((result, index) => (
                <tr key={result.cardId}>
                  <td className="print-term">{index + 1}</td>
                  <td>{cardText.get(result.cardId)}</td>
                  <td className="print-number">{format.count(result.dots)}</td>
                  <td className="print-number">{format.count(result.voters)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </PrintSection>
  )
}
