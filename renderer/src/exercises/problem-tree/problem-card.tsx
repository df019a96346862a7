import {
  AimOutlined,
  CheckCircleFilled,
  DeleteOutlined,
  HolderOutlined,
  PlusOutlined,
} from '@ant-design/icons'
import { useDraggable, useDroppable } from '@dnd-kit/core'
import { Button, Popconfirm } from 'antd'
import type * as Y from 'yjs'
import {
  addProblemNode,
  convertProblemNodeToObjective,
  deleteProblemNode,
  setProblemNodeText,
} from '../../../../shared/exercises/problem-tree/problem-tree-doc'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import { LiveTextArea } from './live-text-area'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'
import { CommentMarker } from '../../comments/comment-marker'

export interface ProblemCardProps {
  doc: Y.Doc
  node: ProblemNode
  /** The text box's name: the layer and the card's place in it. */
  label: string
  editable: boolean
  /** An objective has been made from this card. */
  converted: boolean
  /** Cards hanging directly on this one: the delete confirmation says they are kept. */
  children: number
  /** While a card is dragged: this one hangs below it, so it cannot take the drop. */
  blocked: boolean
  autoFocus: boolean
  onFocused: () => void
  onAdded: (id: string) => void
  onConverted: (objectiveId: string) => void
  onMove: (node: ProblemNode) => void
}

/**
 * One card of the tree: dragged by its handle (mouse, touch, keyboard) onto another card or the core,
 * and a drop target itself. Below the text: add a card on it, turn it into an objective, move it
 * through a list (for whoever cannot or will not drag), and delete it behind a confirmation.
 */
export function ProblemCard(props: ProblemCardProps) {
  const { doc, node, label, editable, converted, children, blocked } = props
  const t = useMessages(problemTreeUiMessages)
  const drag = useDraggable({ id: node.id, disabled: !editable })
  const drop = useDroppable({ id: node.id, disabled: !editable })
  const text = node.text.trim() || t('untitled')
  const cause = node.kind === 'cause'

  return (
    <li
      ref={(element) => {
        drag.setNodeRef(element)
        drop.setNodeRef(element)
      }}
      className="pt-card"
      data-kind={node.kind}
      data-node-id={node.id}
      data-dragging={drag.isDragging || undefined}
      data-over={(drop.isOver && !drag.isDragging) || undefined}
      data-blocked={blocked || undefined}
    >
      <div className="pt-card-body">
        <button
          type="button"
          ref={drag.setActivatorNodeRef}
          className="pt-card-handle"
          {...drag.attributes}
          {...drag.listeners}
          aria-label={t('card.drag', { text })}
          disabled={!editable}
        >
          <HolderOutlined aria-hidden />
        </button>
        <LiveTextArea
          className="pt-card-text"
          value={node.text}
          label={label}
          editable={editable}
          autoFocus={props.autoFocus}
          onFocus={props.onFocused}
          onChange={(value) => setProblemNodeText(doc, node.id, value)}
        />
        <CommentMarker exercise="problem-tree" kind="card" id={node.id} />
        <Popconfirm
          title={t('card.deleteConfirm')}
          description={
            children > 0 || converted ? (
              <div className="pt-delete-note">
                {children > 0 && <p>{t('card.deleteChildren', { number: children })}</p>}
                {converted && <p>{t('card.deleteObjective')}</p>}
              </div>
            ) : undefined
          }
          okText={t('card.deleteOk')}
          cancelText={t('card.deleteCancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => deleteProblemNode(doc, node.id)}
          disabled={!editable}
        >
          <Button
            type="text"
            className="pt-card-delete"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('card.delete', { text })}
            disabled={!editable}
          />
        </Popconfirm>
      </div>
      <div className="pt-card-actions">
        <Button
          size="small"
          type="text"
          icon={<PlusOutlined aria-hidden />}
          disabled={!editable}
          aria-label={t(cause ? 'card.addCauseLabel' : 'card.addEffectLabel', {
            text,
          })}
          onClick={() => {
            const id = addProblemNode(doc, { kind: node.kind, parentId: node.id })
            if (id) props.onAdded(id)
          }}
        >
          {t(cause ? 'card.addCause' : 'card.addEffect')}
        </Button>
        {converted ? (
          <span className="pt-card-converted">
            <CheckCircleFilled aria-hidden /> {t('card.converted')}
          </span>
        ) : (
          <Button
            size="small"
            type="text"
            icon={<AimOutlined aria-hidden />}
            disabled={!editable}
            aria-label={t('card.convertLabel', { text })}
            onClick={() => {
              const id = convertProblemNodeToObjective(doc, node.id)
              if (id) props.onConverted(id)
            }}
          >
            {t('card.convert')}
          </Button>
        )}
        <Button
          size="small"
          type="text"
          disabled={!editable}
          aria-label={t('card.moveLabel', { text })}
          onClick={() => props.onMove(node)}
        >
          {t('card.move')}
        </Button>
      </div>
    </li>
  )
}
