import { TEXTBLOCK_TAGS, type PreviewNode } from './prose-preview-model'

/** Draws a preview model into `root` as TipTap would: an empty text block keeps its height with a <br>. */
export function drawPreview(root: HTMLElement, nodes: readonly PreviewNode[]): void {
  const build = (node: PreviewNode): Node => {
    if (node.kind === 'break') return document.createElement('br')
    if (node.kind === 'text')
      return node.marks.reduceRight<Node>((inner, tag) => {
        const mark = document.createElement(tag)
        mark.append(inner)
        return mark
      }, document.createTextNode(node.text))
    const element = document.createElement(node.tag)
    element.append(...node.children.map(build))
    const last = node.children.at(-1)
    if (TEXTBLOCK_TAGS.has(element.tagName) && (last === undefined || last.kind === 'break'))
      element.append(document.createElement('br'))
    return element
  }
  root.replaceChildren(...nodes.map(build))
}

const INLINE_TAGS = new Set([
  'STRONG',
  'B',
  'EM',
  'I',
  'S',
  'STRIKE',
  'U',
  'CODE',
  'SPAN',
  'FONT',
  'A',
  'MARK',
])

/** Chromium starts a new line typed with Enter in a <div> of its own. */
const isTextblock = (element: Element) => TEXTBLOCK_TAGS.has(element.tagName) || element.tagName === 'DIV'

/** A <br> that only holds an empty line open (or follows a final line break), as TipTap's trailing break. */
const holdsLineOpen = (br: Element) =>
  br.parentElement !== null && isTextblock(br.parentElement) && br.nextSibling === null

/**
 * The text typed into a preview, read the way the editor's document is (one line per text block, a line
 * break inside one as "\n"), and where the caret is in it (null when the selection is elsewhere).
 */
export function readPreview(
  root: HTMLElement,
  selection: Selection | null,
): { text: string; caret: number | null } {
  const lines: string[] = []
  let open = false
  let caret: number | null = null
  const length = () => lines.reduce((sum, line) => sum + line.length, 0) + Math.max(lines.length - 1, 0)
  const append = (text: string) => {
    if (!open) {
      lines.push('')
      open = true
    }
    lines[lines.length - 1] += text
  }
  const focus = selection?.rangeCount ? { node: selection.focusNode, offset: selection.focusOffset } : null
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? ''
      if (focus?.node === node) {
        append('')
        caret = length() + Math.min(focus.offset, text.length)
      }
      if (text !== '') append(text)
      return
    }
    if (!(node instanceof Element)) return
    if (node.tagName === 'BR') {
      if (!holdsLineOpen(node)) append('\n')
      else if (!open) append('')
      return
    }
    const textblock = isTextblock(node)
    const inline = INLINE_TAGS.has(node.tagName)
    if (!inline) open = false
    if (textblock) append('')
    node.childNodes.forEach((child, index) => {
      if (focus?.node === node && focus.offset === index && caret === null) caret = length()
      visit(child)
    })
    if (focus?.node === node && focus.offset >= node.childNodes.length && caret === null) caret = length()
    if (!inline) open = false
  }
  root.childNodes.forEach(visit)
  if (focus?.node === root && caret === null) caret = focus.offset === 0 ? 0 : length()
  return { text: lines.join('\n'), caret }
}
