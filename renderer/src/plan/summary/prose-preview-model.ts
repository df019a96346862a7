import * as Y from 'yjs'

/**
 * A prose field's content as TipTap shows it, read straight from its Y.XmlFragment: enough to draw it
 * (and type into it) before the editor's code has arrived, with the node and mark names of TipTap's
 * starter kit as y-prosemirror stores them.
 */
export type PreviewNode =
  | { kind: 'element'; tag: string; children: PreviewNode[] }
  | { kind: 'text'; text: string; marks: readonly string[] }
  | { kind: 'break' }

/** Blocks whose content is text: each is one line of the field's plain text (previewText). */
export const TEXTBLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE'])

const BLOCK_TAGS: Record<string, string> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
  codeBlock: 'pre',
  horizontalRule: 'hr',
}

/** Marks in the order TipTap nests them; a mark the preview does not know is drawn as plain text. */
const MARK_TAGS: [mark: string, tag: string][] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['strike', 's'],
  ['underline', 'u'],
  ['code', 'code'],
]

function headingTag(element: Y.XmlElement): string {
  const level = Number(element.getAttribute('level'))
  return `h${Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1}`
}

function textNodes(text: Y.XmlText): PreviewNode[] {
  return (text.toDelta() as { insert?: unknown; attributes?: Record<string, unknown> }[]).flatMap((op) =>
    typeof op.insert === 'string'
      ? [
          {
            kind: 'text' as const,
            text: op.insert,
            marks: MARK_TAGS.filter(([mark]) => op.attributes?.[mark] !== undefined).map(([, tag]) => tag),
          },
        ]
      : [],
  )
}

function previewNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): PreviewNode[] {
  if (node instanceof Y.XmlText) return textNodes(node)
  if (!(node instanceof Y.XmlElement)) return []
  if (node.nodeName === 'hardBreak') return [{ kind: 'break' }]
  const tag = node.nodeName === 'heading' ? headingTag(node) : (BLOCK_TAGS[node.nodeName] ?? 'div')
  return [{ kind: 'element', tag, children: node.toArray().flatMap(previewNode) }]
}

/** The fragment's blocks; an empty field shows one empty paragraph, as the editor does. */
export function previewModel(fragment: Y.XmlFragment): PreviewNode[] {
  const nodes = fragment.toArray().flatMap(previewNode)
  return nodes.length > 0 ? nodes : [{ kind: 'element', tag: 'p', children: [] }]
}
