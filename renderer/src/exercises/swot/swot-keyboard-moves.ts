import type { SwotQuadrant } from '../../../../shared/exercises/swot/swot-schema'
import { quadrantDropId, swotPlacement, type SwotColumns } from './swot-drop'

export type SwotDirection = 'up' | 'down' | 'left' | 'right'

/** Where a card held by the keyboard would land: a quadrant and its index among the other cards there. */
export interface SwotSlot {
  quadrant: SwotQuadrant
  index: number
}

/** A quadrant's top-left corner on screen, to tell which quadrant lies left, right, above or below. */
export type QuadrantCorners = Record<SwotQuadrant, { left: number; top: number }>

const others = (columns: SwotColumns, quadrant: SwotQuadrant, activeId: string) =>
  columns[quadrant].filter((id) => id !== activeId)

function quadrantOfCard(columns: SwotColumns, id: string): SwotQuadrant | null {
  const entry = (Object.entries(columns) as [SwotQuadrant, readonly string[]][]).find(([, ids]) =>
    ids.includes(id),
  )
  return entry ? entry[0] : null
}

/** The slot a drop target stands for (the card's own place when it is over itself or nothing). */
export function slotOfDrop(columns: SwotColumns, activeId: string, overId: string | null): SwotSlot | null {
  const placement = swotPlacement(columns, activeId, overId)
  if (placement) {
    const rest = others(columns, placement.quadrant, activeId)
    return {
      quadrant: placement.quadrant,
      index: placement.beforeId === null ? rest.length : rest.indexOf(placement.beforeId),
    }
  }
  const quadrant = quadrantOfCard(columns, activeId)
  return quadrant ? { quadrant, index: columns[quadrant].indexOf(activeId) } : null
}

/**
 * The drop target that stands for a slot, by swotPlacement's rules: the card itself for its own place;
 * in its own quadrant the card it passes (the one now at the slot's index); elsewhere the card it goes
 * before, or the quadrant itself for its end.
 */
export function dropIdOfSlot(columns: SwotColumns, activeId: string, slot: SwotSlot): string {
  const column = columns[slot.quadrant]
  const own = column.indexOf(activeId)
  if (own >= 0) return column[slot.index] ?? activeId
  return column[slot.index] ?? quadrantDropId(slot.quadrant)
}

const SAME_LINE = 8

/** The nearest quadrant in a direction as the board is laid out: a 2×2 grid, or one column on a phone. */
export function quadrantTowards(
  corners: QuadrantCorners,
  from: SwotQuadrant,
  direction: SwotDirection,
): SwotQuadrant | null {
  const origin = corners[from]
  const horizontal = direction === 'left' || direction === 'right'
  const sign = direction === 'right' || direction === 'down' ? 1 : -1
  let best: { quadrant: SwotQuadrant; distance: number } | null = null
  for (const [quadrant, corner] of Object.entries(corners) as [
    SwotQuadrant,
    QuadrantCorners[SwotQuadrant],
  ][]) {
    const across = horizontal ? corner.top - origin.top : corner.left - origin.left
    const distance = sign * (horizontal ? corner.left - origin.left : corner.top - origin.top)
    if (quadrant === from || Math.abs(across) > SAME_LINE || distance <= 0) continue
    if (!best || distance < best.distance) best = { quadrant, distance }
  }
  return best?.quadrant ?? null
}

/**
 * One arrow key's move: up and down step through a quadrant's cards and on past its top or bottom into
 * the quadrant above (at its end) or below (at its start); left and right cross to the neighbouring
 * quadrant at the same position (or its end). Where there is nowhere to go, the card stays.
 */
export function nextSwotSlot(
  columns: SwotColumns,
  activeId: string,
  from: SwotSlot,
  direction: SwotDirection,
  corners: QuadrantCorners,
): SwotSlot {
  const count = (quadrant: SwotQuadrant) => others(columns, quadrant, activeId).length
  if (direction === 'up' && from.index > 0) return { ...from, index: from.index - 1 }
  if (direction === 'down' && from.index < count(from.quadrant)) return { ...from, index: from.index + 1 }
  const next = quadrantTowards(corners, from.quadrant, direction)
  if (!next) return from
  if (direction === 'up') return { quadrant: next, index: count(next) }
  if (direction === 'down') return { quadrant: next, index: 0 }
  return { quadrant: next, index: Math.min(from.index, count(next)) }
}
