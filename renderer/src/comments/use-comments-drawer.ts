import { useCallback, useState } from 'react'
import type { CommentAnchor } from '../../../shared/comments/comment-schema'

export interface CommentsDrawer {
  open: boolean
  /** The item the drawer was opened on (from its marker); null for the plan's comments as a whole. */
  focus: CommentAnchor | null
  show(focus?: CommentAnchor | null): void
  /** Back to the whole exercise, the drawer staying open. */
  unfocus(): void
  close(): void
}

/** Whether the comments drawer is open and on what: the header's button and the items' markers open it. */
export function useCommentsDrawer(): CommentsDrawer {
  const [state, setState] = useState<{ open: boolean; focus: CommentAnchor | null }>({
    open: false,
    focus: null,
  })
  const show = useCallback((focus: CommentAnchor | null = null) => setState({ open: true, focus }), [])
  const unfocus = useCallback(() => setState((current) => ({ ...current, focus: null })), [])
  const close = useCallback(() => setState((current) => ({ ...current, open: false })), [])
  return { ...state, show, unfocus, close }
}
