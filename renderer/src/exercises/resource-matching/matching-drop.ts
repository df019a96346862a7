import type { Match } from '../../../../shared/exercises/resource-matching/resource-matching-schema'

/**
 * Two things are dragged on the board: catalogue resources (onto a need, to match them) and need
 * cards (among themselves, to reorder). Their drag ids carry the kind so one drop handler tells them apart.
 */
export type DragItem = { type: 'resource'; id: string } | { type: 'need'; id: string }

export const resourceDragId = (resourceId: string) => `resource:${resourceId}`
export const needDragId = (needId: string) => `need:${needId}`

export function parseDragId(value: string): DragItem | null {
  const colon = value.indexOf(':')
  const type = value.slice(0, colon)
  const id = value.slice(colon + 1)
  if (colon < 0 || id === '') return null
  return type === 'resource' || type === 'need' ? { type, id } : null
}

/** What a drop does, in the terms of the plan's accessors (addMatch, moveNeed), or null for nothing. */
export type MatchingDrop =
  | { kind: 'match'; needId: string; resourceId: string }
  | { kind: 'already-matched'; needId: string; resourceId: string }
  | { kind: 'move-need'; needId: string; beforeId: string | null }

/** Whether a need already has a match with this resource: the board adds each pair only once. */
export const isMatched = (matches: readonly Match[], needId: string, resourceId: string) =>
  matches.some((match) => match.needId === needId && match.resourceId === resourceId)

/**
 * Where a need card dropped over another lands: like the sortable shows it, it takes the place of the
 * card it is over (after it when moving down, before it when moving up). Null when nothing moves.
 */
export function needPlacement(
  needIds: readonly string[],
  activeId: string,
  overId: string,
): { beforeId: string | null } | null {
  const oldIndex = needIds.indexOf(activeId)
  const newIndex = needIds.indexOf(overId)
  if (oldIndex < 0 || newIndex < 0 || oldIndex === newIndex) return null
  const rest = needIds.filter((id) => id !== activeId)
  const beforeId = newIndex > oldIndex ? (rest[rest.indexOf(overId) + 1] ?? null) : overId
  return { beforeId }
}

/** Turns a drop (drag ids of what was dragged and what it was over) into what the board does. */
export function matchingDrop(
  needIds: readonly string[],
  matches: readonly Match[],
  activeDragId: string,
  overDragId: string | null,
): MatchingDrop | null {
  const active = parseDragId(activeDragId)
  const over = overDragId === null ? null : parseDragId(overDragId)
  if (!active || !over || over.type !== 'need' || !needIds.includes(over.id)) return null
  if (active.type === 'resource') {
    const pair = { needId: over.id, resourceId: active.id }
    return isMatched(matches, over.id, active.id)
      ? { kind: 'already-matched', ...pair }
      : { kind: 'match', ...pair }
  }
  const placement = needPlacement(needIds, active.id, over.id)
  return placement ? { kind: 'move-need', needId: active.id, beforeId: placement.beforeId } : null
}
