import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type * as Y from 'yjs'
import type { Match, Need } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import { needDragId } from './matching-drop'
import { NeedAddForm } from './need-add-form'
import { NeedCard } from './need-card'
import { OrphanMatches } from './orphan-matches'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface NeedListProps {
  doc: Y.Doc
  needs: Need[]
  matches: Match[]
  convertedMatchIds: ReadonlySet<string>
  editable: boolean
}

/** The left column: the county's needs and products in order, each with its matches, and a new-card form. */
export function NeedList({ doc, needs, matches, convertedMatchIds, editable }: NeedListProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const needIds = new Set(needs.map((need) => need.id))
  const orphans = matches.filter((match) => match.needId === null || !needIds.has(match.needId))
  return (
    <section className="matching-needs" aria-labelledby="matching-needs-heading">
      <h3 id="matching-needs-heading" className="matching-column-title">
        {t('needs.heading')}
      </h3>
      <p className="matching-column-intro">{t('needs.intro')}</p>
      <NeedAddForm doc={doc} editable={editable} />
      {needs.length === 0 && <p className="matching-empty">{t('needs.empty')}</p>}
      <SortableContext
        items={needs.map((need) => needDragId(need.id))}
        strategy={verticalListSortingStrategy}
      >
        <ol className="need-list" aria-labelledby="matching-needs-heading">
          {needs.map((need, index) => (
            <NeedCard
              key={need.id}
              doc={doc}
              need={need}
              position={index + 1}
              matches={matches.filter((match) => match.needId === need.id)}
              convertedMatchIds={convertedMatchIds}
              editable={editable}
            />
          ))}
        </ol>
      </SortableContext>
      {orphans.length > 0 && (
        <OrphanMatches
          doc={doc}
          orphans={orphans}
          needs={needs}
          convertedMatchIds={convertedMatchIds}
          editable={editable}
        />
      )}
    </section>
  )
}
