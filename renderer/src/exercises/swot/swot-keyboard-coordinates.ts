import {
  type Collision,
  type CollisionDetection,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  type SensorContext,
} from '@dnd-kit/core'
import { SWOT_QUADRANTS } from '../../../../shared/exercises/swot/swot-schema'
import { quadrantDropId, type SwotColumns } from './swot-drop'
import {
  dropIdOfSlot,
  nextSwotSlot,
  type QuadrantCorners,
  type SwotDirection,
  type SwotSlot,
  slotOfDrop,
} from './swot-keyboard-moves'

/** What the keyboard is aiming at during one drag; the board keeps one per board, across renders. */
export interface SwotKeyboardAim {
  columns: SwotColumns
  /** The drop target the last arrow key chose; null until the first arrow key of a drag. */
  target: string | null
}

const DIRECTIONS: Partial<Record<string, SwotDirection>> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
}
/** The space between cards in a quadrant's list (swot.css). */
const CARD_GAP = 6

function quadrantCorners(context: SensorContext): QuadrantCorners | null {
  const corners: Partial<QuadrantCorners> = {}
  for (const quadrant of SWOT_QUADRANTS) {
    const rect = context.droppableRects.get(quadrantDropId(quadrant))
    if (!rect) return null
    corners[quadrant] = { left: rect.left, top: rect.top }
  }
  return corners as QuadrantCorners
}

/**
 * Where the held card is drawn for a drop target: over the card whose place it takes, or, at the end of
 * another quadrant, under its last card (or at the top of its empty list) — never over its heading.
 */
function cornerFor(context: SensorContext, columns: SwotColumns, activeId: string, dropId: string) {
  const rect = context.droppableRects.get(dropId)
  if (!rect) return undefined
  if (!dropId.startsWith('quadrant:')) {
    const column = Object.values(columns).find((ids) => ids.includes(dropId)) ?? []
    const passesDown = column.includes(activeId) && column.indexOf(dropId) > column.indexOf(activeId)
    // Moving down its own quadrant, the card's bottom meets the bottom of the card it passes.
    const height = context.collisionRect?.height ?? rect.height
    return { x: rect.left, y: passesDown ? rect.bottom - height : rect.top }
  }
  const quadrant = context.droppableContainers.get(dropId)?.node.current
  const list = quadrant?.querySelector('.swot-card-list')
  if (!quadrant || !list) return { x: rect.left, y: rect.bottom }
  const quadrantBox = quadrant.getBoundingClientRect()
  const listBox = list.getBoundingClientRect()
  return {
    x: rect.left + listBox.left - quadrantBox.left,
    y: rect.top + listBox.bottom - quadrantBox.top + (list.childElementCount > 0 ? CARD_GAP : 0),
  }
}

/** The keyboard sensor's arrow keys: one slot per key press (swot-keyboard-moves), drawn in place. */
export function swotKeyboardCoordinates(aim: SwotKeyboardAim): KeyboardCoordinateGetter {
  return (event, { active, context }) => {
    const direction = DIRECTIONS[event.code]
    if (!direction) return undefined
    event.preventDefault()
    const activeId = String(active)
    const corners = quadrantCorners(context)
    const from = slotOfDrop(aim.columns, activeId, aim.target)
    if (!corners || !from) return undefined
    const slot: SwotSlot = nextSwotSlot(aim.columns, activeId, from, direction, corners)
    aim.target = dropIdOfSlot(aim.columns, activeId, slot)
    return cornerFor(context, aim.columns, activeId, aim.target)
  }
}

/**
 * A keyboard drag has no pointer: it is over exactly what the arrow keys chose (at first, its own place),
 * not whatever lies nearest to the drawn card.
 */
export const keyboardCollision =
  (aim: SwotKeyboardAim): CollisionDetection =>
  ({ active, pointerCoordinates }) => {
    if (pointerCoordinates) return []
    const hit: Collision = { id: aim.target ?? active.id }
    return [hit]
  }
