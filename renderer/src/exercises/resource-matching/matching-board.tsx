import { AppstoreOutlined, TableOutlined } from '@ant-design/icons'
import { Segmented } from 'antd'
import { useSearchParams } from 'react-router'
import { usePlanResources } from '../../plan/reference/use-plan-resources'
import type { StepContext } from '../../plan/steps/step-context'
import { MatchMatrixView } from './match-matrix-view'
import { MatchingCards } from './matching-cards'
import './matching.css'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

type MatchingView = 'cards' | 'matrix'

/**
 * The resource-matching step: the cards view (needs beside the catalogue, drag to match) or the matrix
 * view. The view is kept in the address (`&view=matrix`), so a reload or a shared link shows the same.
 */
export function MatchingBoard({ workshopId, token, doc, plan, editable }: StepContext) {
  const t = useMessages(resourceMatchingUiMessages)
  const [search, setSearch] = useSearchParams()
  const view: MatchingView = search.get('view') === 'matrix' ? 'matrix' : 'cards'
  const resources = usePlanResources(workshopId, token)
  const setView = (next: MatchingView) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current)
        if (next === 'matrix') params.set('view', 'matrix')
        else params.delete('view')
        return params
      },
      { replace: true },
    )

  return (
    <section aria-labelledby="matching-board-heading" className="plan-section matching-board">
      <div className="matching-toolbar">
        <h2 id="matching-board-heading" className="sr-only">
          {t('heading')}
        </h2>
        <Segmented<MatchingView>
          aria-label={t('view.label')}
          value={view}
          onChange={setView}
          options={[
            { value: 'cards', label: t('view.cards'), icon: <AppstoreOutlined aria-hidden /> },
            { value: 'matrix', label: t('view.matrix'), icon: <TableOutlined aria-hidden /> },
          ]}
        />
      </div>
      {view === 'cards' ? (
        <MatchingCards doc={doc} plan={plan} resources={resources} editable={editable} />
      ) : (
        <MatchMatrixView plan={plan} catalogue={resources.data ?? []} />
      )}
    </section>
  )
}
