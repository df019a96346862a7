import { Select } from 'antd'
import type * as Y from 'yjs'
import { textIn } from '../../../../shared/locale/locale'
import { moveMatch } from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import type { Match, Need } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import { useLanguage } from '../../i18n/use-language'
import { MatchRow } from './match-row'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface OrphanMatchesProps {
  doc: Y.Doc
  orphans: Match[]
  needs: Need[]
  convertedMatchIds: ReadonlySet<string>
  editable: boolean
}

/**
 * Matches whose need was deleted while another device was adding them: shown rather than silently kept
 * out of sight, so the group can put each under a need or delete it.
 */
export function OrphanMatches({ doc, orphans, needs, convertedMatchIds, editable }: OrphanMatchesProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  return (
    <section className="orphan-matches" aria-labelledby="orphan-matches-heading">
      <h4 id="orphan-matches-heading">{t('orphans.heading')}</h4>
      <p>{t('orphans.intro')}</p>
      <ul className="match-list">
        {orphans.map((match) => (
          <MatchRow
            key={match.id}
            doc={doc}
            match={match}
            converted={convertedMatchIds.has(match.id)}
            editable={editable}
            extra={
              <Select
                className="orphan-move"
                value={null}
                placeholder={t('orphans.moveToPlaceholder')}
                aria-label={t('orphans.moveTo', {
                  resource: textIn(match.resourceTitle, language),
                })}
                disabled={!editable || needs.length === 0}
                onChange={(needId: string) => moveMatch(doc, match.id, { needId })}
                options={needs.map((need) => ({ value: need.id, label: need.text }))}
              />
            }
          />
        ))}
      </ul>
    </section>
  )
}
