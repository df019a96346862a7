import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core'
import type { SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'
import type { Translate } from '../../../../shared/i18n/translator'
import { quadrantDropId, swotPlacement, type SwotColumns } from './swot-drop'
import type { swotUiMessages } from './swot-ui-messages'

type SwotTranslate = Translate<(typeof swotUiMessages.messages)['zh-CN']>

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

/** One drag as the announcements follow it: whether the card has left its own place yet. */
export interface SwotDragSession {
  moved: boolean
}

/**
 * dnd-kit's live-region messages in the UI language: what is picked up, where it would land, and where
 * it did land, by quadrant name and position rather than by internal id.
 */
export function swotAnnouncements(
  t: SwotTranslate,
  columns: SwotColumns,
  textOf: (id: string) => string,
  session: SwotDragSession,
): Announcements {
  const quadrantName = (quadrant: SwotQuadrant) => t(`quadrants.${quadrant}`)
  const where = (activeId: string, overId: string | null) => {
    const placement = swotPlacement(columns, activeId, overId)
    if (!placement) return null
    const ids = columns[placement.quadrant].filter((id) => id !== activeId)
    const position = placement.beforeId === null ? ids.length + 1 : ids.indexOf(placement.beforeId) + 1
    return { quadrant: quadrantName(placement.quadrant), position }
  }
  return {
    onDragStart: ({ active }) => {
      session.moved = false
      const spot = spotOf(columns, String(active.id))
      if (!spot) return undefined
      return t('dnd.picked', {
        text: textOf(String(active.id)),
        quadrant: quadrantName(spot.quadrant),
        position: spot.position ?? 0,
      })
    },
    onDragOver: ({ active, over }) => {
      const target = over ? where(String(active.id), String(over.id)) : null
      if (target) {
        session.moved = true
        return t('dnd.over', target)
      }
      // Over its own place, as on being picked up: the "picked up" message (which says where) stays
      // audible; coming back later says so.
      if (!session.moved) return undefined
      const home = spotOf(columns, String(active.id))
      if (over && home) {
        return t('dnd.back', {
          quadrant: quadrantName(home.quadrant),
          position: home.position ?? 0,
        })
      }
      return t('dnd.stays')
    },
    onDragEnd: ({ active, over }) => {
      const target = where(String(active.id), over ? String(over.id) : null)
      return target
        ? t('dnd.dropped', { text: textOf(String(active.id)), ...target })
        : t('dnd.unchanged', { text: textOf(String(active.id)) })
    },
    onDragCancel: ({ active }) => t('dnd.cancelled', { text: textOf(String(active.id)) }),
  }
}

export const swotScreenReaderInstructions = (t: SwotTranslate): ScreenReaderInstructions => ({
  draggable: t('dnd.instructions'),
})
