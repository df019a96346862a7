import * as Y from 'yjs'

/**
 * Where an update writes: a root of the document and, for a map root, the top-level key under which
 * the change happens (a SWOT card's id, `status` of the plan info). `root: null` means the update
 * refers to something the document does not hold, so where it would land cannot be known.
 */
export interface Footprint {
  root: string | null
  key: string | null
}

type Place = Footprint

const UNKNOWN: Place = { root: null, key: null }

/**
 * The places an update inserts into or deletes from, worked out from the update's own structure and
 * the document it is about to be applied to, without applying it. Cost is linear in the update, plus
 * a binary search in the document's struct store per reference, so it can run on every update.
 */
export function updateFootprint(doc: Y.Doc, update: Uint8Array): Footprint[] {
  const { structs, ds } = Y.decodeUpdate(update)
  const own = new Map<number, Y.Item[]>()
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue
    const list = own.get(struct.id.client) ?? []
    list.push(struct)
    own.set(struct.id.client, list)
  }
  const placeOfOwn = new Map<Y.Item, Place>()
  const found = new Map<string, Footprint>()
  const note = (place: Place) => found.set(`${place.root ?? ''}\u0000${place.key ?? ''}`, place)

  const ownItem = (id: Y.ID): Y.Item | undefined =>
    own.get(id.client)?.find((item) => id.clock >= item.id.clock && id.clock < item.id.clock + item.length)

  const placeOfId = (id: Y.ID, depth: number): Place => {
    const mine = ownItem(id)
    if (mine) return placeOfUpdateItem(mine, depth + 1)
    return placeOfStoreStruct(storeStruct(doc, id))
  }

  const placeOfUpdateItem = (item: Y.Item, depth = 0): Place => {
    const known = placeOfOwn.get(item)
    if (known) return known
    // A reference cycle or an absurd chain is not a real document: nowhere.
    if (depth > 10_000) return UNKNOWN
    const parent = item.parent as unknown
    let place: Place
    if (typeof parent === 'string') place = { root: parent, key: item.parentSub }
    // A child of the type an item holds sits where that item sits (same root, same top-level key).
    else if (parent instanceof Y.ID) place = placeOfId(parent, depth)
    else if (item.origin) place = placeOfId(item.origin, depth)
    else if (item.rightOrigin) place = placeOfId(item.rightOrigin, depth)
    else place = UNKNOWN
    placeOfOwn.set(item, place)
    return place
  }

  for (const [client, list] of own) {
    const held = Y.getState(doc.store, client)
    for (const item of list) {
      // What the hub already holds (a reconnecting device sends it again) is no new write.
      if (item.id.clock + item.length <= held) continue
      // Content removed before sending (a deleted item) carries nothing and shows nowhere.
      if (item.content instanceof Y.ContentDeleted) continue
      note(placeOfUpdateItem(item))
    }
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (let clock = range.clock; clock < range.clock + range.len;) {
        const id = Y.createID(client, clock)
        const mine = ownItem(id)
        if (mine) {
          note(placeOfUpdateItem(mine))
          clock = mine.id.clock + mine.length
          continue
        }
        const struct = storeStruct(doc, id)
        if (!struct) {
          // Deleting what the document never had changes nothing.
          clock += 1
          continue
        }
        if (!(struct instanceof Y.GC) && !struct.deleted) note(placeOfStoreStruct(struct))
        clock = struct.id.clock + struct.length
      }
    }
  }
  return [...found.values()]
}

function storeStruct(doc: Y.Doc, id: Y.ID): Y.Item | Y.GC | undefined {
  const structs = doc.store.clients.get(id.client)
  if (!structs || structs.length === 0) return undefined
  const last = structs[structs.length - 1]!
  if (id.clock >= last.id.clock + last.length) return undefined
  return structs[Y.findIndexSS(structs, id.clock)] as Y.Item | Y.GC
}

/** Where an integrated struct sits: walk up to the root type, remembering the key taken at the root. */
function placeOfStoreStruct(struct: Y.Item | Y.GC | undefined): Place {
  if (!(struct instanceof Y.Item)) return UNKNOWN
  let item: Y.Item = struct
  for (;;) {
    const parent = item.parent as Y.AbstractType<unknown> | null
    if (!parent) return UNKNOWN
    if (parent._item === null) return { root: rootName(parent), key: item.parentSub }
    item = parent._item
  }
}

function rootName(type: Y.AbstractType<unknown>): string | null {
  try {
    return Y.findRootTypeKey(type)
  } catch {
    return null
  }
}
