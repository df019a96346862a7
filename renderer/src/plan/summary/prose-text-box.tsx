import type { HocuspocusProvider } from '@hocuspocus/provider'
import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type * as Y from 'yjs'
import type { LiveUser } from '../../live/live-document'
import { afterPageSettles } from '../../app/after-page-settles'
import { loadedProseEditor, loadProseEditor } from './prose-editor-loader'
import { readPreview } from './prose-preview-dom'
import { newPreviewState, ProsePreview, type PreviewState } from './prose-preview'

interface ProseTextBoxProps {
  /** The shared text: a plan prose field (planProse) or an action's description (actionDescription). */
  fragment: Y.XmlFragment
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
  /** Id of the heading that names the field, for screen readers. */
  labelledBy: string
  describedBy?: string
}

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
