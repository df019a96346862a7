import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { TFunction } from 'i18next'
import type { SwotQuadrant } from '../../../../shared/live/plan-schema'
import { quadrantDropId, swotPlacement, type SwotColumns } from './swot-drop'

/** A card or a quadrant as a screen reader should hear it. */
interface Spot {
  quadrant: SwotQuadrant
  /** 1-based position in the quadrant; null for the quadrant itself (its end). */
  position: number | null
}

function spotOf(columns: SwotColumns, id: string): Spot | null {
  for (const [quadrant, ids] of Object.entries(columns) as [SwotQuadrant, readonly string[]][]) {
    if (id === quadrantDropId(quadrant)) return { quadrant, position: null }
    const index = ids.indexOf(id)
    if (index >= 0) return { quadrant, position: index + 1 }
  }
  return null
}

/**
 * dnd-kit's live-region messages in the UI language: what is picked up, where it would land, and where
 * it did land, by quadrant name and position rather than by internal id.
 */
export function swotAnnouncements(
  t: TFunction,
  columns: SwotColumns,
  textOf: (id: string) => string,
): Announcements {
  const quadrantName = (quadrant: SwotQuadrant) => t(`plan.swot.quadrants.${quadrant}`)
  const where = (activeId: string, overId: string | null) => {
    const placement = swotPlacement(columns, activeId, overId)
    if (!placement) return null
    const ids = columns[placement.quadrant].filter((id) => id !== activeId)
    const position = placement.beforeId === null ? ids.length + 1 : ids.indexOf(placement.beforeId) + 1
    return { quadrant: quadrantName(placement.quadrant), position }
  }
  return {
    onDragStart: ({ active }) => {
      const spot = spotOf(columns, String(active.id))
      if (!spot) return undefined
      return t('plan.swot.dnd.picked', {
        text: textOf(String(active.id)),
        quadrant: quadrantName(spot.quadrant),
        position: spot.position ?? 0,
      })
    },
    onDragOver: ({ active, over }) => {
      // Nothing under the card yet (just picked up): keep the "picked up" message audible.
      if (!over) return undefined
      const target = where(String(active.id), over ? String(over.id) : null)
      return target ? t('plan.swot.dnd.over', target) : t('plan.swot.dnd.stays')
    },
    onDragEnd: ({ active, over }) => {
      const target = where(String(active.id), over ? String(over.id) : null)
      return target
        ? t('plan.swot.dnd.dropped', { text: textOf(String(active.id)), ...target })
        : t('plan.swot.dnd.unchanged', { text: textOf(String(active.id)) })
    },
    onDragCancel: ({ active }) => t('plan.swot.dnd.cancelled', { text: textOf(String(active.id)) }),
  }
}

export const swotScreenReaderInstructions = (t: TFunction): ScreenReaderInstructions => ({
  draggable: t('plan.swot.dnd.instructions'),
})
