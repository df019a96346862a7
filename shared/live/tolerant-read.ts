import * as Y from 'yjs'
import { z } from 'zod'
import { orderedIds, type OrderedCollection } from './ordered-map'

/**
 * Any device can write anything into a shared document, so a plan is read tolerantly: a value of the wrong
 * type reads as its field's blank instead of failing the whole plan. The blank is derived from the field's
 * zod schema — null where the field is nullable, '' for text, [] for a list, else what the schema says with
 * `.meta({ blank })` — so each exercise states its fields once, in its schema, and the reader follows it.
 */

type Shape = Record<string, z.ZodType>

const tolerantCache = new WeakMap<z.ZodObject, z.ZodObject>()

/** The field's blank, or undefined when the schema gives none (then a damaged item is left out). */
export function blankOf(field: z.ZodType): unknown {
  const meta = field.meta() as { blank?: unknown } | undefined
  if (meta && 'blank' in meta) return meta.blank
  if (field instanceof z.ZodNullable) return null
  if (field instanceof z.ZodString) return ''
  if (field instanceof z.ZodArray) return []
  if (field instanceof z.ZodObject) return tolerantObject(field).parse({})
  return undefined
}

/** The same object schema with every field falling back to its blank; fields without one stay strict. */
export function tolerantObject<S extends Shape>(schema: z.ZodObject<S>): z.ZodObject<S> {
  const cached = tolerantCache.get(schema)
  if (cached) return cached as z.ZodObject<S>
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const blank = blankOf(field)
      const inner = field instanceof z.ZodObject ? tolerantObject(field) : field
      return [key, blank === undefined ? inner : inner.catch(blank)]
    }),
  )
  const tolerant = z.object(shape) as unknown as z.ZodObject<S>
  tolerantCache.set(schema, tolerant)
  return tolerant
}

/**
 * One item of a document (a Y.Map) read through its schema. `derived` gives the fields that are not stored
 * as plain values (prose fragments, nested lists, the item's id and order); the rest come from the map.
 * Undefined when the item is damaged beyond a field's blank (e.g. a field without one holds the wrong type).
 */
export function readItem<S extends Shape>(
  schema: z.ZodObject<S>,
  map: Y.Map<unknown>,
  derived: Partial<Record<keyof S, unknown>> = {},
): z.output<z.ZodObject<S>> | undefined {
  const stored: Record<string, unknown> = {}
  for (const key of Object.keys(schema.shape)) {
    const value = map.get(key)
    // Shared types are never plain values; they reach a field only through `derived`.
    stored[key] = value instanceof Y.AbstractType ? undefined : value
  }
  const parsed = tolerantObject(schema).safeParse({ ...stored, ...derived })
  return parsed.success ? parsed.data : undefined
}

/**
 * The items of an ordered collection in display order, each read through its schema with its id (and
 * what `derive` gives from the item); an item damaged beyond its fields' blanks is left out.
 */
export function readOrderedItems<S extends Shape>(
  schema: z.ZodObject<S>,
  collection: OrderedCollection,
  derive: (item: Y.Map<unknown>) => Partial<Record<keyof S, unknown>> = () => ({}),
): z.output<z.ZodObject<S>>[] {
  return orderedIds(collection).flatMap((id) => {
    const item = collection.get(id) as Y.Map<unknown>
    const read = readItem(schema, item, { ...derive(item), id } as Partial<Record<keyof S, unknown>>)
    return read ? [read] : []
  })
}
