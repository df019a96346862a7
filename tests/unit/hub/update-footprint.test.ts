import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { updateFootprint } from '../../../electron/hub/live/update-footprint'

/** A hub copy and a device copy of one document, in sync. */
function pair(setup?: (doc: Y.Doc) => void): { hub: Y.Doc; device: Y.Doc } {
  const hub = new Y.Doc()
  if (setup) setup(hub)
  const device = new Y.Doc()
  Y.applyUpdate(device, Y.encodeStateAsUpdate(hub))
  return { hub, device }
}

/** What the device's next change sends to the hub. */
function change(device: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(device)
  edit(device)
  return Y.encodeStateAsUpdate(device, before)
}

const sorted = (list: { root: string | null; key: string | null }[]) =>
  [...list].sort((a, b) => `${a.root}:${a.key}`.localeCompare(`${b.root}:${b.key}`))

describe('updateFootprint: where an update writes, known before it is applied', () => {
  it('names the root and key of a new map entry', () => {
    const { hub, device } = pair()
    const update = change(device, (doc) => doc.getMap('info').set('status', 'final'))
    expect(updateFootprint(hub, update)).toEqual([{ root: 'info', key: 'status' }])
  })

  it('names the key of an overwritten entry, which the update only reaches through its origin', () => {
    const { hub, device } = pair((doc) => doc.getMap('info').set('status', 'draft'))
    const update = change(device, (doc) => doc.getMap('info').set('status', 'final'))
    expect(updateFootprint(hub, update)).toEqual([{ root: 'info', key: 'status' }])
  })

  it('places a new card and its nested fields under the card’s key', () => {
    const { hub, device } = pair()
    const update = change(device, (doc) => {
      const card = new Y.Map<unknown>()
      doc.getMap('swot').set('card-1', card)
      card.set('text', 'online shop')
      card.set('quadrant', 'strength')
    })
    expect(updateFootprint(hub, update)).toEqual([{ root: 'swot', key: 'card-1' }])
  })

  it('places an edit deep inside an existing card, found in the hub’s document', () => {
    const { hub, device } = pair((doc) => {
      const card = new Y.Map<unknown>()
      doc.getMap('swot').set('card-1', card)
      card.set('text', 'old')
    })
    const update = change(device, (doc) =>
      (doc.getMap('swot').get('card-1') as Y.Map<unknown>).set('text', 'new'),
    )
    expect(updateFootprint(hub, update)).toEqual([{ root: 'swot', key: 'card-1' }])
  })

  it('places a deletion where the deleted item was', () => {
    const { hub, device } = pair((doc) => {
      doc.getMap('dotVotes').set('card-1:voter-a', 2)
      doc.getMap('swot').set('card-1', new Y.Map())
    })
    const update = change(device, (doc) => doc.getMap('dotVotes').delete('card-1:voter-a'))
    expect(updateFootprint(hub, update)).toEqual([{ root: 'dotVotes', key: 'card-1:voter-a' }])
  })

  it('places typing in a prose fragment, at its start and in the middle', () => {
    const { hub, device } = pair((doc) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('chickens')])
      doc.getXmlFragment('prose:summary').insert(0, [paragraph])
    })
    const update = change(device, (doc) => {
      const text = (doc.getXmlFragment('prose:summary').get(0) as Y.XmlElement).get(0) as Y.XmlText
      text.insert(4, ' dark-boned ')
      text.insert(0, 'Lueyang ')
    })
    expect(updateFootprint(hub, update)).toEqual([{ root: 'prose:summary', key: null }])
  })

  it('lists every place one update writes to', () => {
    const { hub, device } = pair()
    const update = change(device, (doc) =>
      doc.transact(() => {
        doc.getMap('meta').set('schemaVersion', 99)
        doc.getMap('dataCard').set('population', 1)
        doc.getMap('swot').set('card-9', new Y.Map())
      }),
    )
    expect(sorted(updateFootprint(hub, update))).toEqual([
      { root: 'dataCard', key: 'population' },
      { root: 'meta', key: 'schemaVersion' },
      { root: 'swot', key: 'card-9' },
    ])
  })

  it('gathers a whole offline session sent at once (as on reconnect)', () => {
    const { hub, device } = pair((doc) => doc.getMap('swot').set('card-1', new Y.Map()))
    const before = Y.encodeStateVector(device)
    device.getMap('dataCard').set('population', 224000)
    ;(device.getMap('swot').get('card-1') as Y.Map<unknown>).set('text', 'tea')
    device.getMap('swot').delete('card-1')
    device.getText('notes').insert(0, 'typed offline')
    const update = Y.encodeStateAsUpdate(device, before)
    expect(sorted(updateFootprint(hub, update))).toEqual([
      { root: 'dataCard', key: 'population' },
      { root: 'notes', key: null },
      { root: 'swot', key: 'card-1' },
    ])
  })

  it('says "unknown" for an update that builds on something the hub does not hold', () => {
    const { hub } = pair()
    const elsewhere = new Y.Doc()
    elsewhere.getMap('swot').set('card-1', new Y.Map())
    const device = new Y.Doc()
    Y.applyUpdate(device, Y.encodeStateAsUpdate(elsewhere))
    const update = change(device, (doc) =>
      (doc.getMap('swot').get('card-1') as Y.Map<unknown>).set('text', 'x'),
    )
    expect(updateFootprint(hub, update)).toEqual([{ root: null, key: null }])
  })

  it('does not count again what the hub already holds, when a reconnecting device sends it back', () => {
    const { hub, device } = pair()
    const first = change(device, (doc) => doc.getMap('swot').set('card-1', new Y.Map()))
    Y.applyUpdate(hub, first)
    const second = change(device, (doc) => doc.getMap('dataCard').set('population', 5))
    expect(updateFootprint(hub, Y.mergeUpdates([first, second]))).toEqual([
      { root: 'dataCard', key: 'population' },
    ])
  })

  it('finds nothing in an update the hub already has', () => {
    const { hub, device } = pair((doc) => doc.getMap('swot').set('card-1', new Y.Map()))
    expect(updateFootprint(hub, Y.encodeStateAsUpdate(device, Y.encodeStateVector(hub)))).toEqual([])
  })
})
