import { PlusOutlined } from '@ant-design/icons'
import { useDroppable } from '@dnd-kit/core'
import { Button } from 'antd'
import type { ReactNode } from 'react'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { sideDropId } from './problem-tree-drop'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

interface ProblemSideProps {
  side: ProblemNodeKind
  empty: boolean
  editable: boolean
  onAdd: () => void
  children: ReactNode
}

/**
 * The effects above the core or the causes below it: a heading with the button for a card hanging
 * directly on the core, the layers, and a drop zone over the whole area.
 */
export function ProblemSide({ side, empty, editable, onAdd, children }: ProblemSideProps) {
  const t = useMessages(problemTreeUiMessages)
  const { setNodeRef, isOver } = useDroppable({ id: sideDropId(side), disabled: !editable })
  const effect = side === 'effect'
  const headingId = `pt-${side}-heading`
  return (
    <section
      ref={setNodeRef}
      className="pt-side"
      data-side={side}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
    >
      <header className="pt-side-header">
        <h3 id={headingId} className="pt-side-title">
          {t(effect ? 'sideHeadings.effect' : 'sideHeadings.cause')}
          <span className="pt-side-hint">{t(effect ? 'effectsHint' : 'causesHint')}</span>
        </h3>
        <Button icon={<PlusOutlined aria-hidden />} disabled={!editable} onClick={onAdd}>
          {t(effect ? 'addDirectEffect' : 'addDirectCause')}
        </Button>
      </header>
      {children}
      {empty && <p className="pt-empty">{t(effect ? 'emptyEffects' : 'emptyCauses')}</p>}
    </section>
  )
}
