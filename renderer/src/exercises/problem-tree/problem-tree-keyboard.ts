import { type KeyboardCoordinateGetter, KeyboardCode, type UniqueIdentifier } from '@dnd-kit/core'

export type Direction = 'up' | 'down' | 'left' | 'right'

interface Box {
  left: number
  top: number
  width: number
  height: number
}

const DIRECTIONS: Record<string, Direction> = {
  [KeyboardCode.Up]: 'up',
  [KeyboardCode.Down]: 'down',
  [KeyboardCode.Left]: 'left',
  [KeyboardCode.Right]: 'right',
}

const centre = (box: Box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
const gap = (point: number, from: number, to: number) =>
  point < from ? from - point : point > to ? point - to : 0

/**
 * The drop target an arrow key goes to: the nearest one whose centre lies that way, where straying
 * sideways counts three times as much as going the asked way, so Down goes to the card below rather
 * than to a nearer one off to the side, and Left and Right stay in the row. Areas around the card
 * (the side it is on) are skipped: they would always be "nearest" from inside.
 */
export function nextDropTarget<Id>(
  from: Box,
  candidates: readonly { id: Id; box: Box }[],
  direction: Direction,
): Id | null {
  const start = centre(from)
  let best: { id: Id; score: number } | null = null
  for (const { id, box } of candidates) {
    const { x, y } = centre(box)
    const ahead = { up: start.y - y, down: y - start.y, left: start.x - x, right: x - start.x }[direction]
    // Sideways distance to the target's extent rather than its centre: a wide target (the core) is
    // straight above every card under it.
    const aside =
      direction === 'up' || direction === 'down'
        ? gap(start.x, box.left, box.left + box.width)
        : gap(start.y, box.top, box.top + box.height)
    // A few pixels' tolerance: the target under the card now must not count as "further down".
    if (ahead <= 4) continue
    // An area the card is in already (the causes around a cause) is no step in any direction.
    if (
      gap(start.x, box.left, box.left + box.width) === 0 &&
      gap(start.y, box.top, box.top + box.height) === 0
    )
      continue
    const score = ahead + 3 * aside
    if (!best || score < best.score) best = { id, score }
  }
  return best ? best.id : null
}

/**
 * Arrow keys move a picked-up card from drop target to drop target (cards, the core, the two sides)
 * instead of by a fixed number of pixels: the board is a set of places, not a canvas.
 */
export const dropTargetCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code]
  if (!direction) return undefined
  event.preventDefault()
  const { collisionRect, droppableRects, droppableContainers } = context
  if (!collisionRect) return undefined
  const candidates: { id: UniqueIdentifier; box: Box }[] = []
  for (const container of droppableContainers.getEnabled()) {
    const box = droppableRects.get(container.id)
    if (box) candidates.push({ id: container.id, box })
  }
  const id = nextDropTarget(collisionRect, candidates, direction)
  const box = id === null ? undefined : droppableRects.get(id)
  if (!box) return undefined
  // The card's centre on the target's centre: the keyboard's collision detection then picks it.
  const target = centre(box)
  return { x: target.x - collisionRect.width / 2, y: target.y - collisionRect.height / 2 }
}
