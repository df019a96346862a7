import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { z } from 'zod'
import { blankOf, readItem, tolerantObject } from '../../../shared/live/tolerant-read'

const card = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['proposed', 'agreed']).meta({ blank: 'proposed' }),
  year: z.number().int().min(1949).max(2100).nullable(),
  tags: z.array(z.string()),
  count: z.number().int(),
})

function item(values: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc()
  const map = doc.getMap<unknown>('item')
  for (const [key, value] of Object.entries(values)) map.set(key, value)
  return map
}

describe('reading a document item through its zod schema, tolerantly', () => {
  it('reads well-formed values as they are', () => {
    const read = readItem(card, item({ text: 'tea', status: 'agreed', year: 2019, count: 2 }), {
      id: 'c1',
      tags: ['x'],
    })
    expect(read).toEqual({ id: 'c1', text: 'tea', status: 'agreed', year: 2019, tags: ['x'], count: 2 })
  })

  it('reads a value of the wrong type as the field’s blank: null, empty text, empty list, the schema’s own blank', () => {
    const read = readItem(card, item({ text: 42, status: 'final', year: 2500, tags: 'x', count: 1 }), {
      id: 'c1',
    })
    expect(read).toEqual({ id: 'c1', text: '', status: 'proposed', year: null, tags: [], count: 1 })
  })

  it('leaves out an item whose field has no blank and holds the wrong type', () => {
    expect(readItem(card, item({ count: 'many' }), { id: 'c1' })).toBeUndefined()
  })

  it('never takes a shared type as a plain value', () => {
    const map = item({ count: 0 })
    map.set('text', new Y.Map())
    expect(readItem(card, map, { id: 'c1' })?.text).toBe('')
  })

  it('derives nested objects’ blanks too', () => {
    const outer = z.object({ title: z.object({ zh: z.string(), en: z.string() }) })
    expect(blankOf(outer.shape.title)).toEqual({ zh: '', en: '' })
    expect(tolerantObject(outer).parse({ title: { zh: 1 } })).toEqual({ title: { zh: '', en: '' } })
  })
})
