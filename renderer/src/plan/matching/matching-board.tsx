import { AppstoreOutlined, TableOutlined } from '@ant-design/icons'
import { Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { usePlanResources } from '../reference/use-plan-resources'
import type { StepContext } from '../steps/step-context'
import { MatchMatrixView } from './match-matrix-view'
import { MatchingCards } from './matching-cards'
import './matching.css'

type MatchingView = 'cards' | 'matrix'

/**
 * The resource-matching step: the cards view (needs beside the catalogue, drag to match) or the matrix
 * view. The view is kept in the address (`&view=matrix`), so a reload or a shared link shows the same.
 */
export function MatchingBoard({ workshopId, token, doc, plan, editable }: StepContext) {
  const { t } = useTranslation()
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
          {t('plan.matching.heading')}
        </h2>
        <Segmented<MatchingView>
          aria-label={t('plan.matching.view.label')}
          value={view}
          onChange={setView}
          options={[
            { value: 'cards', label: t('plan.matching.view.cards'), icon: <AppstoreOutlined aria-hidden /> },
            { value: 'matrix', label: t('plan.matching.view.matrix'), icon: <TableOutlined aria-hidden /> },
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
