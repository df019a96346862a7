import * as Y from 'yjs'
import { rebaseChange, type TextChange } from './prose-text-change'

/** The node names of TipTap's text blocks, as y-prosemirror stores them. */
const TEXTBLOCKS = new Set(['paragraph', 'heading', 'codeBlock'])

interface Textblock {
  element: Y.XmlElement
  /** Offset of its first character in the fragment's text (previewText's reading). */
  start: number
  length: number
}

/** A child's length in its block's text: its characters, or 1 for an inline node (a hard break). */
const lengthOf = (child: Y.XmlElement | Y.XmlText | Y.XmlHook) =>
  child instanceof Y.XmlText ? child.length : 1

/** The fragment's text blocks in order, and its plain text: one line per block, as the preview reads its DOM. */
export function fragmentText(fragment: Y.XmlFragment): { blocks: Textblock[]; text: string } {
  const blocks: Textblock[] = []
  let offset = 0
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook) => {
    if (!(node instanceof Y.XmlElement)) return
    if (TEXTBLOCKS.has(node.nodeName)) {
      const length = node.toArray().reduce((sum, child) => sum + lengthOf(child), 0)
      if (blocks.length > 0) offset += 1
      blocks.push({ element: node, start: offset, length })
      offset += length
    } else node.toArray().forEach(visit)
  }
  fragment.toArray().forEach(visit)
  const text = blocks
    .map(({ element }) =>
      element
        .toArray()
        .map((child) =>
          child instanceof Y.XmlText
            ? (child.toDelta() as { insert?: unknown }[])
                .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
                .join('')
            : '\n',
        )
        .join(''),
    )
    .join('\n')
  return { blocks, text }
}

/**
 * Writes a change typed into the preview straight into the document, as the editor would have: so it
 * is saved, kept on the device and seen by others at once, even if the editor's code never arrives
 * (Wi-Fi gone). Only a change inside one text block is written here; a new line or a deletion across
 * blocks returns false and is left to the editor's hand-over (takeOverTyping).
 */
export function writeTextChange(
  fragment: Y.XmlFragment,
  change: TextChange,
  drawn: string,
  origin: unknown,
): boolean {
  if (change.insert.includes('\n')) return false
  const { blocks, text } = fragmentText(fragment)
  const { from, to, insert } = rebaseChange(change, drawn, text)
  if (!fragment.doc) return false
  if (blocks.length === 0 && fragment.length === 0) {
    // An empty field (the preview's one empty paragraph): its first words make the first paragraph.
    const paragraph = new Y.XmlElement('paragraph')
    const content = new Y.XmlText()
    paragraph.insert(0, [content])
    fragment.doc.transact(() => {
      fragment.insert(0, [paragraph])
      content.insert(0, insert)
    }, origin)
    return true
  }
  const block = blocks.find((b) => from >= b.start && to <= b.start + b.length)
  if (!block) return false
  const { element } = block
  const a = from - block.start
  const b = to - block.start
  fragment.doc.transact(() => {
    // Deleted from the end, so that the offsets of the children before stay valid.
    const children = element.toArray()
    let end = children.reduce((sum, child) => sum + lengthOf(child), 0)
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!
      const start = end - lengthOf(child)
      const cutFrom = Math.max(a, start)
      const cutTo = Math.min(b, end)
      if (cutTo > cutFrom) {
        if (child instanceof Y.XmlText) child.delete(cutFrom - start, cutTo - cutFrom)
        else element.delete(index, 1)
      }
      end = start
    }
    if (insert === '') return
    let offset = 0
    let index = 0
    for (const child of element.toArray()) {
      const length = lengthOf(child)
      if (child instanceof Y.XmlText && a <= offset + length) {
        // Without attributes, Yjs gives the new text the marks of the character before it, as typing does.
        child.insert(a - offset, insert)
        return
      }
      if (offset + length > a) break
      offset += length
      index++
    }
    const text = new Y.XmlText()
    element.insert(index, [text])
    text.insert(0, insert)
  }, origin)
  return true
}
