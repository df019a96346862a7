import {
  closestCorners,
  type CollisionDetection,
  getFirstCollision,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  pointerWithin,
  rectIntersection,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'

const isResource = (id: string | number) => String(id).startsWith('resource:')
const ARROWS: string[] = [KeyboardCode.Down, KeyboardCode.Up, KeyboardCode.Left, KeyboardCode.Right]

/**
 * Arrow keys while a resource is held jump it onto the nearest need card in that direction. The
 * sortable's own getter only moves items of a sortable list, and a catalogue resource is not one;
 * need cards (which are) keep the sortable's behaviour.
 */
export const matchingKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = args.context
  if (!active || !isResource(active.id)) return sortableKeyboardCoordinates(event, args)
  if (!ARROWS.includes(event.code)) return undefined
  event.preventDefault()
  if (!collisionRect) return undefined
  const ahead = droppableContainers.getEnabled().filter((entry) => {
    const rect = droppableRects.get(entry.id)
    if (!rect) return false
    if (event.code === KeyboardCode.Down) return collisionRect.top < rect.top
    if (event.code === KeyboardCode.Up) return collisionRect.top > rect.top
    if (event.code === KeyboardCode.Left) return collisionRect.left > rect.left
    return collisionRect.left < rect.left
  })
  const collisions = closestCorners({
    active,
    collisionRect,
    droppableRects,
    droppableContainers: ahead,
    pointerCoordinates: null,
  })
  let targetId = getFirstCollision(collisions, 'id')
  if (targetId === over?.id && collisions.length > 1) targetId = collisions[1]?.id ?? null
  const rect = targetId === null ? undefined : droppableRects.get(targetId)
  return rect ? { x: rect.left, y: rect.top } : undefined
}

/**
 * A resource is matched only to the need card it is actually on: under the pointer, or (keyboard)
 * where the arrow keys put it, so merely picking it up in the catalogue is over nothing. A dragged
 * need card falls back to the closest card, so drops in the gaps and keyboard moves still reorder.
 */
export const matchingCollisionDetection: CollisionDetection = (args) => {
  if (isResource(args.active.id)) {
    return args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args)
  }
  const hits = args.pointerCoordinates ? pointerWithin(args) : []
  return hits.length > 0 ? hits : closestCorners(args)
}
