import { generateKeyBetween } from 'fractional-indexing'
import * as Y from 'yjs'

/**
 * An orderable list stored as a Y.Map of items keyed by id, each item carrying a fractional-index
 * `order` key. Moving an item rewrites one key instead of deleting and re-inserting it, so two people
 * moving the same card at once can never duplicate or lose it: the last write of `order` wins.
 */
export type OrderedItem = Y.Map<unknown>
export type OrderedCollection = Y.Map<OrderedItem>

export interface OrderedEntry {
  id: string
  order: string
  item: OrderedItem
}

/** The items that are maps, in display order, each with its id and order key (what readers walk). */
export function orderedEntries(
  collection: OrderedCollection,
  group?: (item: OrderedItem) => boolean,
): OrderedEntry[] {
  const list: OrderedEntry[] = []
  collection.forEach((item, id) => {
    if (!(item instanceof Y.Map)) return
    if (group && !group(item)) return
    const order = item.get('order')
    list.push({ id, item, order: typeof order === 'string' ? order : '' })
  })
  // Equal keys (two people inserting at the same spot at once) are ordered by id on every device.
  return list.sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  )
}

/** Ids in display order, optionally only those of one group (e.g. one SWOT quadrant). */
export function orderedIds(collection: OrderedCollection, group?: (item: OrderedItem) => boolean): string[] {
  return orderedEntries(collection, group).map((entry) => entry.id)
}

function keyBetween(before: string | null, after: string | null): string {
  try {
    return generateKeyBetween(before, after)
  } catch {
    // Neighbours with equal or malformed keys: fall back to the nearest valid slot after `before`.
    try {
      return generateKeyBetween(before, null)
    } catch {
      return generateKeyBetween(null, null)
    }
  }
}

/**
 * The order key for a slot: immediately before `beforeId` within `group`, or at the end of the group.
 * `movingId` is left out of the neighbours (an item is not its own neighbour).
 */
export function orderKeyFor(
  collection: OrderedCollection,
  options: { beforeId?: string | null; group?: (item: OrderedItem) => boolean; movingId?: string },
): string {
  const list = orderedEntries(collection, options.group).filter((entry) => entry.id !== options.movingId)
  const index = options.beforeId ? list.findIndex((entry) => entry.id === options.beforeId) : -1
  if (index === -1) return keyBetween(list.at(-1)?.order || null, null)
  const next = list[index]?.order || null
  const previous = index > 0 ? list[index - 1]?.order || null : null
  return keyBetween(previous === next ? null : previous, next)
}

/** Adds an item with the given fields at the end of its group (or before `beforeId`). */
export function insertItem(
  collection: OrderedCollection,
  id: string,
  fields: Record<string, unknown>,
  options: { beforeId?: string | null; group?: (item: OrderedItem) => boolean } = {},
): OrderedItem {
  const item = new Y.Map<unknown>()
  const order = orderKeyFor(collection, options)
  for (const [key, value] of Object.entries(fields)) item.set(key, value)
  item.set('order', order)
  collection.set(id, item)
  return item
}

/** Moves an existing item (and applies `patch`, e.g. a new quadrant) in one transaction. */
export function moveItem(
  collection: OrderedCollection,
  id: string,
  options: {
    beforeId?: string | null
    group?: (item: OrderedItem) => boolean
    patch?: Record<string, unknown>
  },
): void {
  const item = collection.get(id)
  if (!(item instanceof Y.Map)) return
  const doc = collection.doc
  const apply = () => {
    for (const [key, value] of Object.entries(options.patch ?? {})) item.set(key, value)
    item.set('order', orderKeyFor(collection, { ...options, movingId: id }))
  }
  if (doc) doc.transact(apply)
  else apply()
}
