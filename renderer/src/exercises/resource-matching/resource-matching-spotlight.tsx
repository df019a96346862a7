import { textIn } from '../../../../shared/locale/locale'
import type { Plan } from '../../../../shared/live/plan-schema'
import { MATCH_STATUS_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { projectorMessages } from '../../projector/projector-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

const LIMIT = 5

/** The county's matches: which need meets which resource, from whom, and how far it has got. */
export function ResourceMatchingSpotlight({ plan }: { plan: Plan }) {
  const projector = useMessages(projectorMessages)
  const m = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const needs = new Map(plan.needs.map((need) => [need.id, need.text.trim()]))
  const matches = plan.matches.filter((match) => match.status !== 'declined')
  if (matches.length === 0) return <p className="projector-empty">{m('spotlight.none')}</p>
  return (
    <table className="projector-table">
      <thead>
        <tr>
          <th scope="col">{m('spotlight.need')}</th>
          <th scope="col">{m('spotlight.resource')}</th>
          <th scope="col">{m('spotlight.status')}</th>
        </tr>
      </thead>
      <tbody>
        {matches.slice(0, LIMIT).map((match) => {
          const provider = textIn(match.resourceProvider, language).trim()
          return (
            <tr key={match.id}>
              <td>{(match.needId && needs.get(match.needId)) || '—'}</td>
              <td>
                {textIn(match.resourceTitle, language)}
                {provider && <span className="projector-secondary"> · {provider}</span>}
              </td>
              <td className="projector-status">{MATCH_STATUS_LABELS[match.status][language]}</td>
            </tr>
          )
        })}
        {matches.length > LIMIT && (
          <tr>
            <td colSpan={3} className="projector-more">
              {projector('spotlight.more', { count: matches.length - LIMIT })}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  )
}
