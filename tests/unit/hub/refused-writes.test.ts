import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { withoutRefusedWrites } from '../../../electron/hub/live/refused-writes'

function pair(setup?: (doc: Y.Doc) => void): { hub: Y.Doc; device: Y.Doc; other: Y.Doc } {
  const hub = new Y.Doc()
  if (setup) setup(hub)
  const device = new Y.Doc()
  const other = new Y.Doc()
  Y.applyUpdate(device, Y.encodeStateAsUpdate(hub))
  Y.applyUpdate(other, Y.encodeStateAsUpdate(hub))
  return { hub, device, other }
}

function change(device: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(device)
  edit(device)
  return Y.encodeStateAsUpdate(device, before)
}

function addCard(doc: Y.Doc, id: string, text: string): void {
  const card = new Y.Map<unknown>()
  doc.getMap('swot').set(id, card)
  card.set('text', text)
  card.set('order', 'a0')
}

describe('withoutRefusedWrites: a device’s write where it may not write is taken back in the same update', () => {
  it('keeps what the device wrote elsewhere and takes back the card it added to a locked board', () => {
    const { hub, device, other } = pair()
    const update = change(device, (doc) =>
      doc.transact(() => {
        addCard(doc, 'card-0001', 'online shop for dark-boned chickens')
        doc.getMap('dataCard').set('population', 224000)
      }),
    )

    const accepted = withoutRefusedWrites(hub, update, new Set(['swot']))
    Y.applyUpdate(hub, accepted.update)
    Y.applyUpdate(other, accepted.update)
    Y.applyUpdate(device, accepted.update)

    for (const doc of [hub, other, device]) {
      expect(doc.getMap('swot').size).toBe(0)
      expect(doc.getMap('dataCard').get('population')).toBe(224000)
    }
    expect(accepted.refusal).toEqual({ roots: ['swot'], texts: ['online shop for dark-boned chickens'] })
  })

  it('relays no refused text to other devices', () => {
    const { hub, device } = pair()
    const update = change(device, (doc) => addCard(doc, 'card-0001', 'a secret card'))
    const accepted = withoutRefusedWrites(hub, update, new Set(['swot']))
    expect(new TextDecoder().decode(accepted.update)).not.toContain('a secret card')
  })

  it('puts back a value the device overwrote, and what it deleted', () => {
    const { hub, device } = pair((doc) => {
      doc.getMap('meta').set('schemaVersion', 2)
      addCard(doc, 'card-0001', 'tea')
    })
    const update = change(device, (doc) =>
      doc.transact(() => {
        doc.getMap('meta').set('schemaVersion', 99)
        doc.getMap('swot').delete('card-0001')
      }),
    )
    const accepted = withoutRefusedWrites(hub, update, new Set(['meta', 'swot']))
    Y.applyUpdate(hub, accepted.update)
    Y.applyUpdate(device, accepted.update)
    for (const doc of [hub, device]) {
      expect(doc.getMap('meta').get('schemaVersion')).toBe(2)
      expect((doc.getMap('swot').get('card-0001') as Y.Map<unknown>).get('text')).toBe('tea')
    }
  })

  it('takes back typing in a locked prose field and reports the words typed', () => {
    const { hub, device } = pair((doc) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText('Lueyang')])
      doc.getXmlFragment('prose:summary').insert(0, [paragraph])
    })
    const update = change(device, (doc) => {
      const text = (doc.getXmlFragment('prose:summary').get(0) as Y.XmlElement).get(0) as Y.XmlText
      text.insert(7, ' sells chickens online')
    })
    const accepted = withoutRefusedWrites(hub, update, new Set(['prose:summary']))
    Y.applyUpdate(device, accepted.update)
    expect(device.getXmlFragment('prose:summary').toString()).toBe('<paragraph>Lueyang</paragraph>')
    expect(accepted.refusal.texts).toEqual(['Lueyang sells chickens online'])
  })

  it('takes back a root the plan does not have', () => {
    const { hub, device } = pair()
    const update = change(device, (doc) => doc.getMap('evil').set('x', 'payload'))
    const accepted = withoutRefusedWrites(hub, update, new Set(['evil']))
    Y.applyUpdate(hub, accepted.update)
    expect([...(hub.share.get('evil')?._map.values() ?? [])].filter((item) => !item.deleted)).toEqual([])
  })

  it('keeps the device in step: its next edit applies on the hub at once', () => {
    const { hub, device } = pair()
    const refused = change(device, (doc) => addCard(doc, 'card-0001', 'refused'))
    Y.applyUpdate(hub, withoutRefusedWrites(hub, refused, new Set(['swot'])).update)
    const next = change(device, (doc) => doc.getMap('dataCard').set('households', 13255))
    Y.applyUpdate(hub, next)
    expect(hub.getMap('dataCard').get('households')).toBe(13255)
    expect(hub.store.pendingStructs).toBeNull()
  })
})
