import { useLayoutEffect, useRef, type RefObject } from 'react'
import type * as Y from 'yjs'
import { drawPreview, readPreview } from './prose-preview-dom'
import { previewModel } from './prose-preview-model'
import './prose-editor.css'

/** What ProseTextBox needs to know of its preview when the editor takes over. */
export interface PreviewState {
  element: HTMLDivElement | null
  /** The text as last drawn from the document: what anything typed into the preview is compared with. */
  drawn: string
  /** Someone typed into it: it no longer follows the document (that would undo their typing). */
  typedInto: boolean
  composing: boolean
}

export const newPreviewState = (): PreviewState => ({
  element: null,
  drawn: '',
  typedInto: false,
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
 * screen readers, following others' edits live, and already writable, so that nothing typed while the
 * editor loads is lost; ProseTextBox then hands what was typed over to the editor.
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
    const draw = () => {
      if (preview.typedInto) return
      drawPreview(root, previewModel(fragment))
      preview.drawn = readPreview(root, null).text
    }
    const typed = () => {
      preview.typedInto = true
      onIntent()
    }
    const compositionStart = () => {
      preview.composing = true
      typed()
    }
    const compositionEnd = () => {
      preview.composing = false
    }
    draw()
    fragment.observeDeep(draw)
    root.addEventListener('beforeinput', typed)
    root.addEventListener('input', typed)
    root.addEventListener('compositionstart', compositionStart)
    root.addEventListener('compositionend', compositionEnd)
    return () => {
      fragment.unobserveDeep(draw)
      root.removeEventListener('beforeinput', typed)
      root.removeEventListener('input', typed)
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
