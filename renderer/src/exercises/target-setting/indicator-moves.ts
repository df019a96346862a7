export type MoveDirection = 'up' | 'down'

/**
 * Where moveIndicator must put a row to move it one place up or down: the id it goes before (null:
 * to the end). Undefined when it cannot move that way (already first or last, or not in the list).
 */
export function beforeIdForMove(
  ids: readonly string[],
  id: string,
  direction: MoveDirection,
): string | null | undefined {
  const index = ids.indexOf(id)
  if (index < 0) return undefined
  if (direction === 'up') return index > 0 ? ids[index - 1] : undefined
  if (index >= ids.length - 1) return undefined
  return ids[index + 2] ?? null
}
