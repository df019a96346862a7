export type Direction = 'up' | 'down'

/**
 * One step up or down in an ordered list, in the terms of the live document's move functions: the id
 * to place the item before (null: at the end), or undefined when it is already first or last.
 */
export function stepPlacement(
  ids: readonly string[],
  id: string,
  direction: Direction,
): string | null | undefined {
  const index = ids.indexOf(id)
  if (index < 0) return undefined
  if (direction === 'up') return index === 0 ? undefined : ids[index - 1]
  if (index === ids.length - 1) return undefined
  return ids[index + 2] ?? null
}
