import type { Plan } from '../../../../shared/live/plan-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { useMessages } from '../../i18n/use-messages'
import { LimitedList } from '../../projector/limited-list'
import { problemTreeUiMessages } from './problem-tree-ui-messages'
import './problem-tree-spotlight.css'

/** Effects above, the core problem in the middle, causes below: the tree's first layer, large. */
export function ProblemTreeSpotlight({ plan }: { plan: Plan }) {
  const t = useMessages(problemTreeUiMessages)
  const layer = (kind: ProblemNodeKind) =>
    plan.problemTree.nodes
      .filter((node) => node.kind === kind && node.depth === 1 && node.text.trim() !== '')
      .map((node) => node.text.trim())
  const core = plan.problemTree.coreProblem.trim()
  return (
    <div className="projector-tree">
      <section className="projector-tree-layer" data-layer="effects">
        <h2>{t('sideHeadings.effect')}</h2>
        <LimitedList items={layer('effect')} limit={3} className="projector-chips" />
      </section>
      <section className="projector-tree-core">
        <h2>{t('core.heading')}</h2>
        <p>{core || t('spotlight.noCore')}</p>
      </section>
      <section className="projector-tree-layer" data-layer="causes">
        <h2>{t('sideHeadings.cause')}</h2>
        <LimitedList items={layer('cause')} limit={3} className="projector-chips" />
      </section>
    </div>
  )
}
