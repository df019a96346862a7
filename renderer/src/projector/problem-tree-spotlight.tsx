import { useTranslation } from 'react-i18next'
import type { Plan } from '../../../shared/live/plan-schema'
import type { ProblemNodeKind } from '../../../shared/vocabulary/plan-vocabulary'
import { LimitedList } from './limited-list'

/** Effects above, the core problem in the middle, causes below: the tree's first layer, large. */
export function ProblemTreeSpotlight({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const layer = (kind: ProblemNodeKind) =>
    plan.problemTree.nodes
      .filter((node) => node.kind === kind && node.depth === 1 && node.text.trim() !== '')
      .map((node) => node.text.trim())
  const core = plan.problemTree.coreProblem.trim()
  return (
    <div className="projector-tree">
      <section className="projector-tree-layer" data-layer="effects">
        <h2>{t('projector.spotlight.problemTree.effects')}</h2>
        <LimitedList items={layer('effect')} limit={3} className="projector-chips" />
      </section>
      <section className="projector-tree-core">
        <h2>{t('projector.spotlight.problemTree.core')}</h2>
        <p>{core || t('projector.spotlight.problemTree.noCore')}</p>
      </section>
      <section className="projector-tree-layer" data-layer="causes">
        <h2>{t('projector.spotlight.problemTree.causes')}</h2>
        <LimitedList items={layer('cause')} limit={3} className="projector-chips" />
      </section>
    </div>
  )
}
