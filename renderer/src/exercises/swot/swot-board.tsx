import {
  closestCorners,
  type CollisionDetection,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { useEffect, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { moveSwotCard } from '../../../../shared/exercises/swot/swot-doc'
import { type Plan } from '../../../../shared/live/plan-schema'
import {
  SWOT_QUADRANTS,
  type SwotCard,
  type SwotQuadrant,
} from '../../../../shared/exercises/swot/swot-schema'
import { type SwotDragSession, swotAnnouncements, swotScreenReaderInstructions } from './swot-announcements'
import { type SwotColumns, swotPlacement } from './swot-drop'
import { keyboardCollision, type SwotKeyboardAim, swotKeyboardCoordinates } from './swot-keyboard-coordinates'
import { SwotQuadrantColumn } from './swot-quadrant-column'
import './swot.css'
import { useMessages } from '../../i18n/use-messages'
import { swotUiMessages } from './swot-ui-messages'

/**
 * With a pointer, the card under it wins over the quadrant around it, so a drop lands where it is aimed;
 * drops between cards fall back to the closest corners. The keyboard (no pointer) is over what its arrow
 * keys chose.
 */
const swotCollision =
  (aim: SwotKeyboardAim): CollisionDetection =>
  (args) => {
    if (!args.pointerCoordinates) return keyboardCollision(aim)(args)
    const hits = pointerWithin(args)
    const cards = hits.filter((hit) => !String(hit.id).startsWith('quadrant:'))
    if (cards.length > 0) return cards
    return hits.length > 0 ? hits : closestCorners(args)
  }

/**
 * The SWOT board: four quadrants of cards. Every move is one moveSwotCard call (a new fractional order
 * key and quadrant on the same card), so two people dragging the same card at once still leave one card.
 */
export function SwotBoard({ doc, plan, editable }: { doc: Y.Doc; plan: Plan; editable: boolean }) {
  const t = useMessages(swotUiMessages)
  const [activeId, setActiveId] = useState<string | null>(null)
  const byQuadrant = useMemo(
    () =>
      Object.fromEntries(
        SWOT_QUADRANTS.map((quadrant) => [quadrant, plan.swot.filter((card) => card.quadrant === quadrant)]),
      ) as Record<SwotQuadrant, SwotCard[]>,
    [plan.swot],
  )
  const columns = useMemo(
    () =>
      Object.fromEntries(
        SWOT_QUADRANTS.map((quadrant) => [quadrant, byQuadrant[quadrant].map((card) => card.id)]),
      ) as Record<SwotQuadrant, string[]> satisfies SwotColumns,
    [byQuadrant],
  )
  // One per board, read by dnd-kit's callbacks during a drag: they see the columns of the latest render.
  const [aim] = useState<SwotKeyboardAim>(() => ({ columns, target: null }))
  const [session] = useState<SwotDragSession>(() => ({ moved: false }))
  useEffect(() => {
    aim.columns = columns
  }, [aim, columns])
  const textOf = (id: string) => plan.swot.find((card) => card.id === id)?.text.trim() || t('untitled')
  const sensors = useSensors(
    // A small distance or a short press, so clicks and scrolling on a tablet are not taken for drags.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: swotKeyboardCoordinates(aim) }),
  )
  const active = activeId ? plan.swot.find((card) => card.id === activeId) : undefined

  return (
    <section aria-labelledby="swot-board-heading" className="plan-section swot-board">
      <h2 id="swot-board-heading" className="sr-only">
        {t('heading')}
      </h2>
      <DndContext
        sensors={sensors}
        collisionDetection={swotCollision(aim)}
        // Measured throughout the drag: the page scrolls under a finger or mouse near the edge, and
        // rects from the drag's start would then put the drop in the wrong place.
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        accessibility={{
          announcements: swotAnnouncements(t, columns, textOf, session),
          screenReaderInstructions: swotScreenReaderInstructions(t),
        }}
        onDragStart={({ active: dragged }) => {
          aim.target = null
          setActiveId(String(dragged.id))
        }}
        onDragCancel={() => setActiveId(null)}
        onDragEnd={({ active: dragged, over }) => {
          setActiveId(null)
          const placement = swotPlacement(columns, String(dragged.id), over ? String(over.id) : null)
          if (placement) moveSwotCard(doc, String(dragged.id), placement.quadrant, placement.beforeId)
        }}
      >
        <div className="swot-grid">
          {SWOT_QUADRANTS.map((quadrant) => (
            <SwotQuadrantColumn
              key={quadrant}
              doc={doc}
              quadrant={quadrant}
              cards={byQuadrant[quadrant]}
              editable={editable}
            />
          ))}
        </div>
        <DragOverlay>
          {active ? <div className="swot-card swot-card-overlay">{textOf(active.id)}</div> : null}
        </DragOverlay>
      </DndContext>
    </section>
  )
}
