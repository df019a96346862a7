import type { Plan } from '../../../../shared/live/plan-schema'
import { MATCH_STATUS_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { usePrint } from '../../print/print-context'
import { PrintSection, TextOr } from '../../print/print-section'
import { PrintTableHead } from '../../print/print-table-head'

/** Needs × resources: every match with what was committed, by whom, and how far it has got. */
export function ResourceMatchingPrint({ number, plan }: { number: number; plan: Plan }) {
  const { t, label } = usePrint()
  const needText = new Map(plan.needs.map((need) => [need.id, need.text]))
  const matchedNeeds = new Set(plan.matches.map((match) => match.needId))
  const unmatched = plan.needs.filter((need) => !matchedNeeds.has(need.id) && need.text.trim() !== '')
  return (
    <PrintSection section="resource-matching" number={number}>
      {plan.matches.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('matching.need'), width: '18%' },
              { label: t('matching.resource'), width: '17%' },
              { label: t('matching.provider'), width: '15%' },
              { label: t('matching.commitment'), width: '24%' },
              { label: t('matching.owner'), width: '14%' },
              { label: t('matching.status'), width: '12%' },
            ]}
          />
          <tbody>
            {plan.matches.map((match) => (
              <tr key={match.id}>
                <td>{match.needId ? needText.get(match.needId) : t('matching.noNeed')}</td>
                <td>
                  <TextOr text={label(match.resourceTitle)} />
                </td>
                <td>
                  <TextOr text={label(match.resourceProvider)} />
                </td>
                <td>
                  <TextOr text={match.commitment} />
                </td>
                <td>
                  <TextOr text={match.owner} />
                </td>
                <td className="print-term">{label(MATCH_STATUS_LABELS[match.status])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unmatched.length > 0 && (
        <>
          <h3>{t('matching.unmatched')}</h3>
          <ul className="print-list">
            {unmatched.map((need) => (
              <li key={need.id}>{need.text}</li>
            ))}
          </ul>
        </>
      )}
    </PrintSection>
  )
}
