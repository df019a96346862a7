import { useDroppable } from '@dnd-kit/core'
import type * as Y from 'yjs'
import { setCoreProblem } from '../../../../shared/exercises/problem-tree/problem-tree-doc'
import { CORE_DROP_ID } from './problem-tree-drop'
import { LiveTextArea } from './live-text-area'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

/** The trunk of the tree: the core problem in one sentence, between the effects and the causes. */
export function ProblemCore({ doc, text, editable }: { doc: Y.Doc; text: string; editable: boolean }) {
  const t = useMessages(problemTreeUiMessages)
  const { setNodeRef, isOver } = useDroppable({ id: CORE_DROP_ID, disabled: !editable })
  return (
    <section
      ref={setNodeRef}
      className="pt-core"
      data-over={isOver || undefined}
      aria-labelledby="pt-core-heading"
    >
      <h3 id="pt-core-heading" className="pt-core-title">
        {t('core.heading')}
      </h3>
      <LiveTextArea
        className="pt-core-text"
        value={text}
        label={t('core.heading')}
        placeholder={t('core.placeholder')}
        editable={editable}
        onChange={(value) => setCoreProblem(doc, value)}
      />
    </section>
  )
}
