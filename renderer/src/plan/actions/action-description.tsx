import type { HocuspocusProvider } from '@hocuspocus/provider'
import { Collaboration } from '@tiptap/extension-collaboration'
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import { StarterKit } from '@tiptap/starter-kit'
import { useEffect, useMemo } from 'react'
import type * as Y from 'yjs'
import { actionDescription } from '../../../../shared/live/plan-actions'
import type { LiveUser } from '../../live/live-document'
import { renderCaret } from '../summary/collaboration-caret-view'
import '../summary/prose-editor.css'

interface ActionDescriptionProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  actionId: string
  user: LiveUser
  editable: boolean
  labelledBy: string
}

/**
 * An action's description, co-edited character by character like the plan's prose fields: TipTap bound
 * to the action's own Y.XmlFragment, with the others' named carets.
 */
export function ActionDescription({ doc, actionId, ...rest }: ActionDescriptionProps) {
  const fragment = useMemo(() => actionDescription(doc, actionId), [doc, actionId])
  return fragment ? <DescriptionEditor fragment={fragment} {...rest} /> : null
}

type DescriptionEditorProps = Omit<ActionDescriptionProps, 'doc' | 'actionId'> & { fragment: Y.XmlFragment }

function DescriptionEditor({ fragment, provider, user, editable, labelledBy }: DescriptionEditorProps) {
  const editor = useEditor(
    {
      extensions: [
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
          class: 'prose-editor-content action-description-content',
          spellcheck: 'false',
        },
      },
    },
    [fragment, provider],
  )

  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable)
  }, [editor, editable])

  useEffect(() => {
    editor?.commands.updateUser({ name: user.name, color: user.color })
  }, [editor, user.name, user.color])

  return <EditorContent editor={editor} className="prose-editor action-description" />
}
