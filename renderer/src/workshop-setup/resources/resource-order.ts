/**
 * The catalogue order after moving `id` one place up (-1) or down (+1) among the rows on screen: it
 * trades places with its visible neighbour, so a move under a kind filter skips the hidden rows.
 * Null when there is no neighbour that way.
 */
export function moveAmongVisible(
  order: readonly string[],
  visible: readonly string[],
  id: string,
  delta: -1 | 1,
): string[] | null {
  const neighbour = visible[visible.indexOf(id) + delta]
  if (!visible.includes(id) || neighbour === undefined) return null
  const from = order.indexOf(id)
  const to = order.indexOf(neighbour)
  if (from < 0 || to < 0) return null
  const next = [...order]
  next[from] = neighbour
  next[to] = id
  return next
}
