import { useDroppable } from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { SwotCard, SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'
import { SwotAddCard } from './swot-add-card'
import { SwotCardItem } from './swot-card-item'
import { quadrantDropId } from './swot-drop'

interface SwotQuadrantColumnProps {
  doc: Y.Doc
  quadrant: SwotQuadrant
  cards: SwotCard[]
  editable: boolean
}

/** One quadrant: its cards in order, a drop zone covering the whole quadrant, and the new-card box. */
export function SwotQuadrantColumn({ doc, quadrant, cards, editable }: SwotQuadrantColumnProps) {
  const { t } = useTranslation()
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
        {t(`plan.swot.quadrants.${quadrant}`)}
        <span className="swot-quadrant-hint">{t(`plan.swot.hints.${quadrant}`)}</span>
      </h3>
      <SortableContext items={cards.map((card) => card.id)} strategy={verticalListSortingStrategy}>
        <ul className="swot-card-list" aria-labelledby={headingId}>
          {cards.map((card, index) => (
            <SwotCardItem key={card.id} doc={doc} card={card} position={index + 1} editable={editable} />
          ))}
        </ul>
      </SortableContext>
      {cards.length === 0 && <p className="swot-empty">{t('plan.swot.empty')}</p>}
      <SwotAddCard doc={doc} quadrant={quadrant} editable={editable} />
    </section>
  )
}
