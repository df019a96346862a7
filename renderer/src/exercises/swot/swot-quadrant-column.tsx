import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type * as Y from 'yjs'
import type { SwotCard, SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'
import { SwotAddCard } from './swot-add-card'
import { SwotCardItem } from './swot-card-item'
import { quadrantDropId } from './swot-drop'
import { useMessages } from '../../i18n/use-messages'
import { swotUiMessages } from './swot-ui-messages'

interface SwotQuadrantColumnProps {
  doc: Y.Doc
  quadrant: SwotQuadrant
  cards: SwotCard[]
  editable: boolean
}

/** One quadrant: its cards in order, a drop zone covering the whole quadrant, and the new-card box. */
export function SwotQuadrantColumn({ doc, quadrant, cards, editable }: SwotQuadrantColumnProps) {
  const t = useMessages(swotUiMessages)
  const { setNodeRef, isOver } = useDroppable({ id: quadrantDropId(quadrant), disabled: !editable })
  const headingId = `swot-${quadrant}-heading`
  return (
    <section
      ref={setNodeRef}
      className="swot-quadrant"
      data-quadrant={quadrant}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="swot-quadrant-title">
        {t(`quadrants.${quadrant}`)}
        <span className="swot-quadrant-hint">{t(`hints.${quadrant}`)}</span>
      </h3>
      <SortableContext items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ul className="swot-card-list" aria-labelledby={headingId}>
          {cards.map((card, index) => (
            <SwotCardItem key={card.id} doc={doc} card={card} position={index + 1} editable={editable} />
          ))}
        </ul>
      </SortableContext>
      {cards.length === 0 && <p className="swot-empty">{t('empty')}</p>}
      <SwotAddCard doc={doc} quadrant={quadrant} editable={editable} />
    </section>
  )
}
