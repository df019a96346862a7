import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { insertItem, moveItem, orderedIds, type OrderedCollection } from '../../../shared/live/ordered-map'

const collectionOf = (doc: Y.Doc) => doc.getMap('items') as OrderedCollection
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

describe('ordered collections (fractional indexing)', () => {
  it('appends at the end and inserts before a given item', () => {
    const items = collectionOf(new Y.Doc())
    insertItem(items, 'a', {})
    insertItem(items, 'c', {})
    insertItem(items, 'b', {}, { beforeId: 'c' })
    insertItem(items, 'first', {}, { beforeId: 'a' })
    expect(orderedIds(items)).toEqual(['first', 'a', 'b', 'c'])
  })

  it('moves an item by rewriting one key, without re-creating it', () => {
    const doc = new Y.Doc()
    const items = collectionOf(doc)
    for (const id of ['a', 'b', 'c']) insertItem(items, id, { text: id })
    const before = items.get('c')
    moveItem(items, 'c', { beforeId: 'a' })
    expect(orderedIds(items)).toEqual(['c', 'a', 'b'])
    expect(items.get('c')).toBe(before)
    moveItem(items, 'c', {})
    expect(orderedIds(items)).toEqual(['a', 'b', 'c'])
  })

  it('orders within a group and moves between groups with a patch', () => {
    const items = collectionOf(new Y.Doc())
    const inGroup = (group: string) => (item: Y.Map<unknown>) => item.get('group') === group
    insertItem(items, 'x1', { group: 'x' }, { group: inGroup('x') })
    insertItem(items, 'y1', { group: 'y' }, { group: inGroup('y') })
    insertItem(items, 'x2', { group: 'x' }, { group: inGroup('x') })
    moveItem(items, 'x2', { beforeId: 'y1', group: inGroup('y'), patch: { group: 'y' } })
    expect(orderedIds(items, inGroup('x'))).toEqual(['x1'])
    expect(orderedIds(items, inGroup('y'))).toEqual(['x2', 'y1'])
  })

  it('two people moving the same item at once never duplicate or lose it', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    for (const id of ['a', 'b', 'c', 'd']) insertItem(collectionOf(alice), id, {})
    sync(alice, bob)
    moveItem(collectionOf(alice), 'd', { beforeId: 'a' })
    moveItem(collectionOf(bob), 'd', { beforeId: 'c' })
    sync(alice, bob)
    expect(orderedIds(collectionOf(alice))).toEqual(orderedIds(collectionOf(bob)))
    expect([...orderedIds(collectionOf(alice))].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('two people inserting at the same spot at once both keep their item, in the same order everywhere', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    for (const id of ['a', 'b']) insertItem(collectionOf(alice), id, {})
    sync(alice, bob)
    insertItem(collectionOf(alice), 'from-alice', {}, { beforeId: 'b' })
    insertItem(collectionOf(bob), 'from-bob', {}, { beforeId: 'b' })
    sync(alice, bob)
    const order = orderedIds(collectionOf(alice))
    expect(order).toEqual(orderedIds(collectionOf(bob)))
    expect(order[0]).toBe('a')
    expect(order.at(-1)).toBe('b')
    // And a later insert between the two equal keys still lands in a valid slot.
    insertItem(collectionOf(alice), 'later', {}, { beforeId: order[2]! })
    expect(orderedIds(collectionOf(alice))).toHaveLength(5)
  })

  it('survives a damaged order key from a buggy client', () => {
    const items = collectionOf(new Y.Doc())
    insertItem(items, 'a', {})
    items.get('a')!.set('order', '!!not-a-key')
    insertItem(items, 'b', {}, { beforeId: 'a' })
    insertItem(items, 'c', {})
    expect(orderedIds(items)).toHaveLength(3)
  })
})
