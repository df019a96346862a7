import { textIn } from '../../../../shared/locale/locale'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { Resource } from '../../../../shared/resources/resource-schema'
import { MATCH_STATUSES, NEED_KIND_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { buildMatchMatrix } from './match-matrix'
import { MatchStatusTag } from './match-status-tag'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

/**
 * Needs × matched resources, to see at a glance which need has no resource yet and which resource is
 * counted for several needs. The table scrolls inside its own box with the header row and the need
 * column held in place, so a wide matrix stays readable on a tablet.
 */
export function MatchMatrixView({ plan, catalogue }: { plan: Plan; catalogue: readonly Resource[] }) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const { columns, rows } = buildMatchMatrix(plan.needs, plan.matches, catalogue)
  const untitled = t('needs.untitled')

  return (
    <section className="match-matrix" aria-labelledby="match-matrix-heading">
      <h3 id="match-matrix-heading" className="matching-column-title">
        {t('matrix.heading')}
      </h3>
      <p className="matching-column-intro">{t('matrix.caption')}</p>
      {rows.length === 0 ? (
        <p className="matching-empty">{t('matrix.noNeeds')}</p>
      ) : (
        <>
          {columns.length === 0 && <p className="matching-empty">{t('matrix.noMatches')}</p>}
          <ul className="matrix-legend" aria-label={t('matrix.legend')}>
            {MATCH_STATUSES.map((status) => (
              <li key={status}>
                <MatchStatusTag status={status} />
              </li>
            ))}
          </ul>
          <div className="matrix-scroll" role="region" tabIndex={0} aria-label={t('matrix.region')}>
            <table className="matrix-table">
              <caption className="sr-only">{t('matrix.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="matrix-corner">
                    {t('matrix.needColumn')}
                  </th>
                  {columns.map((column) => (
                    <th scope="col" key={column.resourceId} className="matrix-resource">
                      <span className="matrix-resource-title">{textIn(column.title, language)}</span>
                      <span className="matrix-resource-provider">{textIn(column.provider, language)}</span>
                    </th>
                  ))}
                  <th scope="col" className="matrix-total">
                    {t('matrix.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.need.id} data-unmatched={row.matchCount === 0 || undefined}>
                    <th scope="row" className="matrix-need">
                      <span className="matrix-need-kind" data-kind={row.need.kind}>
                        {NEED_KIND_LABELS[row.need.kind][language]}
                      </span>
                      <span className="matrix-need-text">{row.need.text.trim() || untitled}</span>
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={columns[index]?.resourceId ?? index} className="matrix-cell">
                        {cell.length === 0 ? (
                          <>
                            <span aria-hidden className="matrix-blank" />
                            <span className="sr-only">{t('matrix.empty')}</span>
                          </>
                        ) : (
                          cell.map((match) => <MatchStatusTag key={match.id} status={match.status} />)
                        )}
                      </td>
                    ))}
                    <td className="matrix-total">
                      {row.matchCount === 0 ? (
                        <span className="matrix-none">{t('matrix.none')}</span>
                      ) : (
                        row.matchCount
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
              {columns.length > 0 && (
                <tfoot>
                  <tr>
                    <th scope="row" className="matrix-need">
                      {t('matrix.resourceTotal')}
                    </th>
                    {columns.map((column) => (
                      <td
                        key={column.resourceId}
                        className="matrix-cell"
                        data-shared={column.needCount > 1 || undefined}
                      >
                        {column.needCount}
                      </td>
                    ))}
                    <td className="matrix-total" />
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </>
      )}
    </section>
  )
}
