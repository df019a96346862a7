import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { afterPageSettles } from '../../app/after-page-settles'
import { loadedProseEditor, loadProseEditor } from './prose-editor-loader'
import { readPreview } from './prose-preview-dom'
import type { ProseFieldProps } from './prose-editor'
import { newPreviewState, ProsePreview, type PreviewState } from './prose-preview'

// A type only: the editor's code stays in its own chunk.
type ProseTextBoxProps = ProseFieldProps

type EditorModule = NonNullable<ReturnType<typeof loadedProseEditor>>

/**
 * A co-edited prose field. Its text shows at once from the document (ProsePreview); the editor's code
 * comes on the first sign that someone means to write, or when the device is idle. The editor is then
 * mounted out of sight and, once it shows the document, takes the preview's place in one step: what
 * was typed meanwhile goes into the document and the caret stays where it was.
 */
export function ProseTextBox(props: ProseTextBoxProps) {
  const [module, setModule] = useState<EditorModule | null>(loadedProseEditor)
  const [handedOver, setHandedOver] = useState(() => loadedProseEditor() !== null)
  const preview = useRef<PreviewState>(newPreviewState())

  const load = useCallback(() => {
    loadProseEditor().then(setModule, () => undefined)
  }, [])

  useEffect(() => (module ? undefined : afterPageSettles(load)), [module, load])

  const handOver = useCallback((editor: Editor, editorModule: EditorModule) => {
    const state = preview.current
    const root = state.element
    if (root && state.composing) {
      // An IME is still composing a word in the preview: take it over once the word is committed.
      root.addEventListener('compositionend', () => setTimeout(() => handOver(editor, editorModule)), {
        once: true,
      })
      return
    }
    const focused = root !== null && root === document.activeElement
    const typed = root ? readPreview(root, focused ? window.getSelection() : null) : null
    if (editor.isDestroyed) return
    if (typed && (state.held || focused))
      editorModule.takeOverTyping(editor, { drawn: state.drawn, text: typed.text, caret: typed.caret })
    flushSync(() => setHandedOver(true))
    if (focused) editor.view.focus()
  }, [])

  return (
    <>
      {!handedOver && (
        <ProsePreview
          fragment={props.fragment}
          editable={props.editable}
          labelledBy={props.labelledBy}
          describedBy={props.describedBy}
          state={preview}
          onIntent={load}
        />
      )}
      {module && (
        <module.ProseEditor
          {...props}
          hidden={!handedOver}
          onReady={handedOver ? undefined : (editor) => handOver(editor, module)}
        />
      )}
    </>
  )
}
