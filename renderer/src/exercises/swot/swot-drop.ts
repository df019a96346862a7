import type { SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'

/** Droppable ids of the quadrants themselves, so an empty quadrant (or its free space) takes cards too. */
export const quadrantDropId = (quadrant: SwotQuadrant) => `quadrant:${quadrant}`

export type SwotColumns = Record<SwotQuadrant, readonly string[]>

/** Where a dropped card goes, in the terms of moveSwotCard: a quadrant and the card it goes before. */
export interface SwotPlacement {
  quadrant: SwotQuadrant
  beforeId: string | null
}

function quadrantOf(columns: SwotColumns, id: string): SwotQuadrant | null {
  if (id.startsWith('quadrant:')) {
    const name = id.slice('quadrant:'.length)
    return name in columns ? (name as SwotQuadrant) : null
  }
  for (const [quadrant, ids] of Object.entries(columns) as [SwotQuadrant, readonly string[]][]) {
    if (ids.includes(id)) return quadrant
  }
  return null
}

/**
 * Turns a drop (the card dragged, what it was dropped over) into a placement, or null when nothing
 * moves. Within a quadrant it follows the sortable's rule (the card takes the place of the one it is
 * over, pushing it down when moving up and up when moving down); into another quadrant it goes before
 * the card it is over, or to the end when dropped on the quadrant itself.
 */
export function swotPlacement(
  columns: SwotColumns,
  activeId: string,
  overId: string | null,
): SwotPlacement | null {
  if (overId === null || overId === activeId) return null
  const from = quadrantOf(columns, activeId)
  const to = quadrantOf(columns, overId)
  if (!from || !to) return null
  const target = columns[to]
  if (overId.startsWith('quadrant:')) {
    if (from === to && target[target.length - 1] === activeId) return null
    return { quadrant: to, beforeId: null }
  }
  if (from !== to) return { quadrant: to, beforeId: overId }
  const oldIndex = target.indexOf(activeId)
  const newIndex = target.indexOf(overId)
  const rest = target.filter((id) => id !== activeId)
  // Moving down lands after the card it is over; moving up lands before it.
  const beforeId = newIndex > oldIndex ? (rest[rest.indexOf(overId) + 1] ?? null) : overId
  return { quadrant: to, beforeId }
}
