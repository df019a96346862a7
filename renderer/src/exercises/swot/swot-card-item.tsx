import { DeleteOutlined, HolderOutlined } from '@ant-design/icons'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Button, Popconfirm } from 'antd'
import type * as Y from 'yjs'
import { deleteSwotCard } from '../../../../shared/exercises/swot/swot-doc'
import type { SwotCard } from '../../../../shared/exercises/swot/swot-schema'
import { SwotCardText } from './swot-card-text'
import { useMessages } from '../../i18n/use-messages'
import { swotUiMessages } from './swot-ui-messages'
import { CommentMarker } from '../../comments/comment-marker'

interface SwotCardItemProps {
  doc: Y.Doc
  card: SwotCard
  position: number
  editable: boolean
}

/**
 * One card: a drag handle (mouse, touch, or focus and Space), its text edited in place, and delete behind
 * a confirmation, since a deleted card also loses its dots.
 */
export function SwotCardItem({ doc, card, position, editable }: SwotCardItemProps) {
  const t = useMessages(swotUiMessages)
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: card.id, disabled: !editable })
  const label = card.text.trim() || t('untitled')

  return (
    <li
      ref={setNodeRef}
      className="swot-card"
      data-card-id={card.id}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="swot-card-handle"
        {...attributes}
        {...listeners}
        aria-label={t('move', { text: label })}
        disabled={!editable}
      >
        <HolderOutlined aria-hidden />
      </button>
      <SwotCardText doc={doc} card={card} position={position} editable={editable} />
      <CommentMarker exercise="swot" kind="card" id={card.id} />
      <Popconfirm
        title={t('deleteConfirm')}
        okText={t('deleteOk')}
        cancelText={t('deleteCancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => deleteSwotCard(doc, card.id)}
        disabled={!editable}
      >
        <Button
          type="text"
          className="swot-card-delete"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('delete', { text: label })}
          disabled={!editable}
        />
      </Popconfirm>
    </li>
  )
}
