import { DeleteOutlined, HolderOutlined } from '@ant-design/icons'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Button, Input, Popconfirm } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { deleteSwotCard, setSwotCardText } from '../../../../shared/live/plan-doc'
import type { SwotCard } from '../../../../shared/live/plan-schema'

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
  const { t } = useTranslation()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: card.id, disabled: !editable })
  // While someone types, their own draft shows; otherwise the card follows the document (remote edits).
  const [draft, setDraft] = useState<string | null>(null)
  const quadrant = t(`plan.swot.quadrants.${card.quadrant}`)
  const label = card.text.trim() || t('plan.swot.untitled')

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
        aria-label={t('plan.swot.move', { text: label })}
        disabled={!editable}
      >
        <HolderOutlined aria-hidden />
      </button>
      <Input.TextArea
        className="swot-card-text"
        variant="borderless"
        autoSize
        value={draft ?? card.text}
        aria-label={t('plan.swot.cardText', { quadrant, position })}
        disabled={!editable}
        maxLength={500}
        onFocus={() => setDraft(card.text)}
        onBlur={() => setDraft(null)}
        onChange={(event) => {
          setDraft(event.target.value)
          setSwotCardText(doc, card.id, event.target.value)
        }}
      />
      <Popconfirm
        title={t('plan.swot.deleteConfirm')}
        okText={t('plan.swot.deleteOk')}
        cancelText={t('plan.swot.deleteCancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => deleteSwotCard(doc, card.id)}
        disabled={!editable}
      >
        <Button
          type="text"
          className="swot-card-delete"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('plan.swot.delete', { text: label })}
          disabled={!editable}
        />
      </Popconfirm>
    </li>
  )
}
