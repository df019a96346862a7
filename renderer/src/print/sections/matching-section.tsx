import type { Plan } from '../../../../shared/live/plan-schema'
import { MATCH_STATUS_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { usePrint } from '../print-context'
import { PrintSection, TextOr } from '../print-section'

/** Needs × resources: every match with what was committed, by whom, and how far it has got. */
export function MatchingSection({ number, plan }: { number: number; plan: Plan }) {
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
          <colgroup>
            <col style={{ width: '18%' }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '24%' }} />
            <col style={{ width: '14%' }} />
            <col style={{ width: '12%' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('matching.need')}</th>
              <th scope="col">{t('matching.resource')}</th>
              <th scope="col">{t('matching.provider')}</th>
              <th scope="col">{t('matching.commitment')}</th>
              <th scope="col">{t('matching.owner')}</th>
              <th scope="col">{t('matching.status')}</th>
            </tr>
          </thead>
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
                <td>{label(MATCH_STATUS_LABELS[match.status])}</td>
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
