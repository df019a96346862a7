import type { HocuspocusProvider } from '@hocuspocus/provider'
import { Collaboration } from '@tiptap/extension-collaboration'
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import { StarterKit } from '@tiptap/starter-kit'
import type { Editor } from '@tiptap/core'
import { useEffect, useLayoutEffect, useRef } from 'react'
import type * as Y from 'yjs'
import type { LiveUser } from '../../live/live-document'
import { renderCaret } from './collaboration-caret-view'

export { takeOverTyping } from './prose-handover'

/** What every co-edited prose field is given, whether the editor or its preview shows it. */
export interface ProseFieldProps {
  /** The shared text: a plan prose field (planProse) or an action's description (actionDescription). */
  fragment: Y.XmlFragment
  provider: HocuspocusProvider
  user: LiveUser
  editable: boolean
  /** Id of the heading that names the field, for screen readers. */
  labelledBy: string
  describedBy?: string
}

interface ProseEditorProps extends ProseFieldProps {
  /** Kept out of sight (the preview still stands in its place) until ProseTextBox hands over to it. */
  hidden?: boolean
  /** Called once the editor shows the document and can take the focus. */
  onReady?: (editor: Editor) => void
}

/**
 * Prose of the plan, co-edited character by character: TipTap bound to a Y.XmlFragment, with everyone else's caret and name shown where they type.
 */
export function ProseEditor({
  fragment,
  provider,
  user,
  editable,
  labelledBy,
  describedBy,
  hidden = false,
  onReady,
}: ProseEditorProps) {
  const editor = useEditor(
    {
      extensions: [
        // The collaboration extension brings its own undo, which undoes only this user's changes.
        StarterKit.configure({ undoRedo: false, link: false }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider, user, render: renderCaret }),
      ],
      editable,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          class: 'prose-editor-content',
          spellcheck: 'false',
        },
      },
    },
    // A new document or provider needs a new binding; the user and editability change in place below.
    [fragment, provider],
  )

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  useEffect(() => {
    // A destroyed editor (its binding replaced) has no commands left to call.
    if (editor && !editor.isDestroyed) editor.commands.updateUser({ name: user.name, color: user.color })
  }, [editor, user.name, user.color])

  const ready = useRef(onReady)
  ready.current = onReady
  useLayoutEffect(() => {
    if (!editor) return
    // TipTap mounts its view and draws the document one task after it is created ('create').
    const announce = () => {
      if (!editor.isDestroyed) ready.current?.(editor)
    }
    if (editor.isInitialized) {
      queueMicrotask(announce)
      return
    }
    editor.once('create', announce)
    return () => void editor.off('create', announce)
  }, [editor])

  return <EditorContent editor={editor} className="prose-editor" hidden={hidden} />
}
