import type { HocuspocusProvider } from '@hocuspocus/provider'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { actionDescription } from '../../../../shared/exercises/action-plan/action-plan-doc'
import type { LiveUser } from '../../live/live-document'
import { ProseTextBox } from '../../plan/summary/prose-text-box'

interface ActionDescriptionProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  actionId: string
  user: LiveUser
  editable: boolean
  labelledBy: string
}

/** An action's description, co-edited like the plan's prose fields, bound to the action's own fragment. */
export function ActionDescription({ doc, actionId, ...rest }: ActionDescriptionProps) {
  const fragment = useMemo(() => actionDescription(doc, actionId), [doc, actionId])
  return fragment ? <ProseTextBox fragment={fragment} {...rest} /> : null
}
