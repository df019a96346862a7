import type { RankedResult } from './dot-vote-items'
import { useMessages } from '../../i18n/use-messages'
import { dotVoteUiMessages } from './dot-vote-ui-messages'

/** The revealed results: cards ranked by total dots, each with a bar to compare them at a glance. */
export function DotVoteResults({ results }: { results: readonly RankedResult[] }) {
  const t = useMessages(dotVoteUiMessages)
  const most = results[0]?.dots ?? 0
  return (
    <section className="dv-results" aria-labelledby="dv-results-heading">
      <h3 id="dv-results-heading" className="dv-results-title">
        {t('results.heading')}
      </h3>
      <p className="dv-results-intro">{t('results.intro')}</p>
      {results.length === 0 ? (
        <p className="dv-empty">{t('results.empty')}</p>
      ) : (
        <ol className="dv-result-list" aria-labelledby="dv-results-heading">
          {results.map((result) => (
            <li key={result.cardId} className="dv-result" data-card-id={result.cardId}>
              <span className="dv-result-rank">{t('results.rank', { rank: result.rank })}</span>
              <span className="dv-result-main">
                <span className="dv-result-text">{result.text || t('untitled')}</span>
                <span className="dv-result-source">{t(`groups.${result.source}`)}</span>
                <span className="dv-result-track" aria-hidden>
                  <span
                    className="dv-result-bar"
                    style={{ width: `${most > 0 ? Math.max(4, (result.dots / most) * 100) : 0}%` }}
                  />
                </span>
              </span>
              <span className="dv-result-count">
                <strong>{t('results.dots', { dots: result.dots })}</strong>
                <span>{t('results.voters', { voters: result.voters })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
