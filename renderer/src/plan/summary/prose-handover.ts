import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { rebaseChange, textChange } from './prose-text-change'

/** What was typed into a field's preview before the editor took over (see ProseTextBox). */
export interface TypedInPreview {
  /** The preview's text as the document had it: what is left to carry over is the difference. */
  drawn: string
  /** Its text now. */
  text: string
  /** Where the caret is in `text`, when the preview has the focus. */
  caret: number | null
}

interface Textblock {
  start: number
  length: number
}

/** The document's text blocks, read as the preview reads its DOM: one line each, a hard break as "\n". */
function textblocks(doc: ProseMirrorNode): { blocks: Textblock[]; text: string } {
  const blocks: Textblock[] = []
  const lines: string[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const text = node.textBetween(0, node.content.size, undefined, '\n')
    blocks.push({ start: pos + 1, length: text.length })
    lines.push(text)
    return false
  })
  return { blocks, text: lines.join('\n') }
}

/** The document position of a character offset in that text. */
function positionAt(blocks: readonly Textblock[], offset: number): number {
  let passed = 0
  for (const block of blocks) {
    if (offset <= passed + block.length) return block.start + Math.max(offset - passed, 0)
    passed += block.length + 1
  }
  const last = blocks.at(-1)
  return last ? last.start + last.length : 0
}

/**
 * Carries what was typed into the preview into the editor's document, as one edit (it syncs like any
 * other), and puts the caret where it was. Others' edits made meanwhile stay: the typed text is placed
 * relative to them.
 */
export function takeOverTyping(editor: Editor, typed: TypedInPreview): void {
  const before = textblocks(editor.state.doc)
  const change = textChange(typed.drawn, typed.text)
  const tr = editor.state.tr
  if (change) {
    const rebased = rebaseChange(change, typed.drawn, before.text)
    const from = positionAt(before.blocks, rebased.from)
    const to = positionAt(before.blocks, rebased.to)
    if (to > from) tr.delete(from, to)
    let at = from
    rebased.insert.split('\n').forEach((part, index) => {
      if (index > 0) {
        tr.split(at)
        at += 2
      }
      if (part !== '') {
        tr.insertText(part, at)
        at += part.length
      }
    })
  }
  if (typed.caret !== null) {
    const after = textblocks(tr.doc)
    // Others' edits the preview did not show (it was being written in) move the caret like any text.
    const theirs = textChange(typed.text, after.text)
    const shift = theirs && theirs.to <= typed.caret ? theirs.insert.length - (theirs.to - theirs.from) : 0
    tr.setSelection(TextSelection.create(tr.doc, positionAt(after.blocks, typed.caret + shift)))
  }
  if (tr.docChanged || typed.caret !== null) editor.view.dispatch(tr)
}
