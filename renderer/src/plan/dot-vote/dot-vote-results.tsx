import { useTranslation } from 'react-i18next'
import type { RankedResult } from './dot-vote-items'

/** The revealed results: cards ranked by total dots, each with a bar to compare them at a glance. */
export function DotVoteResults({ results }: { results: readonly RankedResult[] }) {
  const { t } = useTranslation()
  const most = results[0]?.dots ?? 0
  return (
    <section className="dv-results" aria-labelledby="dv-results-heading">
      <h3 id="dv-results-heading" className="dv-results-title">
        {t('plan.dotVote.results.heading')}
      </h3>
      <p className="dv-results-intro">{t('plan.dotVote.results.intro')}</p>
      {results.length === 0 ? (
        <p className="dv-empty">{t('plan.dotVote.results.empty')}</p>
      ) : (
        <ol className="dv-result-list" aria-labelledby="dv-results-heading">
          {results.map((result) => (
            <li key={result.cardId} className="dv-result" data-card-id={result.cardId}>
              <span className="dv-result-rank">{t('plan.dotVote.results.rank', { rank: result.rank })}</span>
              <span className="dv-result-main">
                <span className="dv-result-text">{result.text || t('plan.dotVote.untitled')}</span>
                <span className="dv-result-source">{t(`plan.dotVote.groups.${result.source}`)}</span>
                <span className="dv-result-track" aria-hidden>
                  <span
                    className="dv-result-bar"
                    style={{ width: `${most > 0 ? Math.max(4, (result.dots / most) * 100) : 0}%` }}
                  />
                </span>
              </span>
              <span className="dv-result-count">
                <strong>{t('plan.dotVote.results.dots', { dots: result.dots })}</strong>
                <span>{t('plan.dotVote.results.voters', { voters: result.voters })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
