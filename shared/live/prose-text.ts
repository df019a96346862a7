import * as Y from 'yjs'

/** The name of a prose field's top-level Y.XmlFragment in a plan document. */
export const proseFragmentName = <F extends string>(field: F) => `prose:${field}` as const

/** Plain text of each top-level block (paragraph, heading, list item) of a prose fragment. */
export function proseParagraphs(fragment: Y.XmlFragment): string[] {
  const textOf = (node: Y.XmlElement | Y.XmlText | Y.XmlHook): string => {
    if (node instanceof Y.XmlText) {
      return (node.toDelta() as { insert?: unknown }[])
        .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
        .join('')
    }
    if (node instanceof Y.XmlElement)
      return node
        .toArray()
        .map((child) => textOf(child))
        .join('')
    return ''
  }
  return fragment.toArray().map((node) => textOf(node))
}

/** Whether a prose field says anything yet (an editor leaves an empty paragraph behind). */
export const hasProse = (paragraphs: readonly string[]) => paragraphs.some((text) => text.trim() !== '')

/**
 * Replaces a fragment's content with plain paragraphs, the node names TipTap's starter kit uses.
 * For seeding text (a match's commitment into a new action), not for editing: the editor edits.
 */
export function setProseParagraphs(fragment: Y.XmlFragment, paragraphs: readonly string[]): void {
  fragment.delete(0, fragment.length)
  fragment.insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph')
      if (text !== '') {
        const content = new Y.XmlText()
        content.insert(0, text)
        paragraph.insert(0, [content])
      }
      return paragraph
    }),
  )
}
