import * as Y from 'yjs'

/** What a device wrote where it may not: the roots, and the text it typed there (for it to copy back). */
export interface Refusal {
  roots: string[]
  texts: string[]
}

/** Marks the one transaction the undo manager below may take back. */
const REFUSED = Symbol('refused write')

/**
 * The update as the hub accepts it: everything the device wrote, and the taking back of what it wrote
 * in `refusedRoots`, as one update. Dropping a device's update instead would leave a gap in its clock
 * sequence, and every later edit of that device would wait for the missing part forever; applying
 * and taking back keeps the device in step, and other devices receive tombstones, not the text.
 */
export function withoutRefusedWrites(
  doc: Y.Doc,
  update: Uint8Array,
  refusedRoots: ReadonlySet<string>,
): { update: Uint8Array; refusal: Refusal } {
  const trial = new Y.Doc()
  Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc))
  const roots = [...refusedRoots]
  // The undo manager only sees changes to concrete types (a bare placeholder reports none): take the
  // hub's own type for the root, or a map for a root the hub does not have (its entries still go back).
  const scope = roots.map((root) => trial.get(root, concreteType(doc.share.get(root))))
  const before = new Set(roots.flatMap((root) => textsIn(trial, root)))
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REFUSED]), captureTimeout: 0 })
  Y.applyUpdate(trial, update, REFUSED)
  const texts = [...new Set(roots.flatMap((root) => textsIn(trial, root)))].filter(
    (text) => !before.has(text),
  )
  undo.undo()
  undo.destroy()
  forgetDeletedContent(trial)
  return {
    update: Y.encodeStateAsUpdate(trial, Y.encodeStateVector(doc)),
    refusal: { roots, texts },
  }
}

/**
 * The undo manager keeps what it deleted so it could redo it; nothing here is redone, and a kept
 * item would travel to every device with its text. Collect it as Yjs's own garbage collection would.
 */
function forgetDeletedContent(doc: Y.Doc): void {
  const deleted = Y.createDeleteSetFromStructStore(doc.store)
  doc.transact((transaction) => {
    Y.iterateDeletedStructs(transaction, deleted, (struct) => {
      if (struct instanceof Y.Item) struct.keep = false
    })
    Y.tryGc(deleted, doc.store, () => true)
  })
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its shared types over YEvent<any>
type SharedType = Y.AbstractType<Y.YEvent<any>>
type TypeConstructor = new () => SharedType

function concreteType(type: SharedType | undefined): TypeConstructor {
  if (type && type.constructor !== Y.AbstractType) return type.constructor as TypeConstructor
  return Y.Map as unknown as TypeConstructor
}

const ID_LIKE = /^[A-Za-z0-9_-]{8,64}$/
const SKIPPED_KEYS = new Set(['order', 'id', 'parentId', 'sourceNodeId', 'needId', 'resourceId', 'matchId'])

/** The words a person wrote under a root: string values and prose text, without ids and order keys. */
function textsIn(doc: Y.Doc, root: string): string[] {
  const type = doc.share.get(root)
  if (!type) return []
  if (type instanceof Y.XmlFragment || type instanceof Y.XmlElement) return proseTexts(type)
  if (type instanceof Y.Text) return nonEmpty([type.toString()])
  const texts: string[] = []
  const visit = (value: unknown, key: string | null) => {
    if (key !== null && SKIPPED_KEYS.has(key)) return
    if (typeof value === 'string') {
      if (!ID_LIKE.test(value) || /\s/.test(value)) texts.push(value)
    } else if (value instanceof Y.XmlFragment) texts.push(...proseTexts(value))
    else if (value instanceof Y.Map) for (const [k, v] of value.entries()) visit(v, k)
    else if (value instanceof Y.Array) for (const v of value.toArray()) visit(v, null)
  }
  // A root that only this update created is a bare placeholder; its entries still hang off _map.
  for (const [key, item] of type._map) if (!item.deleted) visit(item.content.getContent()[0], key)
  for (let item = type._start; item; item = item.right) {
    if (!item.deleted) for (const value of item.content.getContent()) visit(value, null)
  }
  return nonEmpty(texts)
}

function proseTexts(fragment: Y.XmlFragment | Y.XmlElement): string[] {
  const texts: string[] = []
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlText) texts.push(child.toString().replace(/<[^>]*>/g, ''))
    else if (child instanceof Y.XmlElement) texts.push(proseTexts(child).join(''))
  }
  return nonEmpty(texts)
}

const nonEmpty = (texts: string[]) => texts.map((text) => text.trim()).filter(Boolean)
