import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { PrintTableHead } from '../../print/print-table-head'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

/** How many voted cards the dot-vote table lists. */
const TOP_VOTED = 5

/** The dot vote's ranking in the plan's problem analysis: the most voted cards, once the results are revealed. */
export function DotVotePrint({ plan }: { plan: Plan }) {
  const { format } = usePrint()
  const t = usePrintMessages(dotVoteUiMessages)
  const cardText = new Map<string, string>([
    ...plan.swot.map((card) => [card.id, card.text] as const),
    ...plan.problemTree.nodes.map((node) => [node.id, node.text] as const),
  ])
  const votes = plan.dotResults.filter((result) => cardText.has(result.cardId)).slice(0, TOP_VOTED)
  if (votes.length === 0) return null
  return (
    <>
      <h3>{t('print.heading')}</h3>
      <table className="print-table">
        <PrintTableHead
          columns={[
            { label: t('print.rank'), width: '10%' },
            { label: t('print.card'), width: '62%' },
            { label: t('print.dots'), width: '14%', numeric: true },
            { label: t('print.voters'), width: '14%', numeric: true },
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
  )
}
