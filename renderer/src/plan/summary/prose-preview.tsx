import { useLayoutEffect, useRef, type RefObject } from 'react'
import type * as Y from 'yjs'
import { drawPreview, readPreview } from './prose-preview-dom'
import { previewModel } from './prose-preview-model'
import { writeTextChange } from './prose-preview-write'
import { textChange } from './prose-text-change'
import './prose-editor.css'

/** What ProseTextBox needs to know of its preview when the editor takes over. */
export interface PreviewState {
  element: HTMLDivElement | null
  /** The preview's text as the document had it (drawn, or written by the preview itself). */
  drawn: string
  /**
   * A change the preview could not write itself (a new line, a deletion across paragraphs) is waiting in
   * its DOM for the editor's hand-over: until then it no longer follows the document.
   */
  held: boolean
  composing: boolean
}

/** Marks the preview's own writes, which it does not draw again. */
const PREVIEW_ORIGIN = Symbol('prose preview')

export const newPreviewState = (): PreviewState => ({
  element: null,
  drawn: '',
  held: false,
  composing: false,
})

interface ProsePreviewProps {
  fragment: Y.XmlFragment
  editable: boolean
  labelledBy: string
  describedBy?: string
  state: RefObject<PreviewState>
  /** Someone means to write here (focus, pointer, key): the editor's code is wanted now. */
  onIntent: () => void
}

/**
 * A prose field drawn from its Yjs fragment, before TipTap has arrived: the same box, text and name for
 * screen readers, following others' edits, and already writable. What is typed into a paragraph is
 * written to the document at once (saved and kept offline like any edit); a new line waits in the DOM
 * for the editor, which ProseTextBox hands it over to.
 */
export function ProsePreview({
  fragment,
  editable,
  labelledBy,
  describedBy,
  state,
  onIntent,
}: ProsePreviewProps) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const root = ref.current
    if (!root) return
    const preview = state.current
    preview.element = root
    // Others' edits are drawn only while nobody writes here: drawing anew would move the caret and break
    // an IME's composition. The preview's own writes are placed relative to them all the same.
    const draw = () => {
      if (preview.held || preview.composing || root === document.activeElement) return
      drawPreview(root, previewModel(fragment))
      preview.drawn = readPreview(root, null).text
    }
    const observe = (_events: unknown, transaction: Y.Transaction) => {
      if (transaction.origin !== PREVIEW_ORIGIN) draw()
    }
    const typed = () => {
      onIntent()
      // An IME's word is written once it is committed (compositionend), not letter by letter.
      if (preview.held || preview.composing) return
      const { text } = readPreview(root, null)
      const change = textChange(preview.drawn, text)
      if (change === null) return
      if (writeTextChange(fragment, change, preview.drawn, PREVIEW_ORIGIN)) preview.drawn = text
      else preview.held = true
    }
    const compositionStart = () => {
      preview.composing = true
      onIntent()
    }
    const compositionEnd = () => {
      preview.composing = false
      typed()
    }
    draw()
    fragment.observeDeep(observe)
    root.addEventListener('input', typed)
    root.addEventListener('blur', draw)
    root.addEventListener('compositionstart', compositionStart)
    root.addEventListener('compositionend', compositionEnd)
    return () => {
      fragment.unobserveDeep(observe)
      root.removeEventListener('input', typed)
      root.removeEventListener('blur', draw)
      root.removeEventListener('compositionstart', compositionStart)
      root.removeEventListener('compositionend', compositionEnd)
    }
  }, [fragment, state, onIntent])

  return (
    <div className="prose-editor">
      <div
        ref={ref}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className="prose-editor-content"
        contentEditable={editable}
        suppressContentEditableWarning
        spellCheck={false}
        onFocus={onIntent}
        onPointerDown={onIntent}
        onKeyDown={onIntent}
      />
    </div>
  )
}
