import { createContext, useContext } from 'react'
import type { CommentAnchor, CommentItemKind } from '../../../shared/comments/comment-schema'
import { isOpen, type CommentThread } from '../../../shared/comments/comments-doc'

/**
 * What the plan's editors need to mark commented items: the open threads per item, and a way to open
 * the comments drawer on one. Null where a page shows no comments (print, versions).
 */
export interface CommentMarkers {
  openCount(kind: CommentItemKind, id: string): number
  show(anchor: CommentAnchor): void
}

export const CommentMarkersContext = createContext<CommentMarkers | null>(null)

export const useCommentMarkers = () => useContext(CommentMarkersContext)

const itemKey = (kind: CommentItemKind, id: string) => `${kind}:${id}`

/** Open threads per item (in whichever exercise they were written: a SWOT card is voted on too). */
export function openItemCounts(threads: readonly CommentThread[]): CommentMarkers['openCount'] {
  const counts = new Map<string, number>()
  for (const thread of threads.filter(isOpen)) {
    const item = thread.comment.anchor.item
    if (item) counts.set(itemKey(item.kind, item.id), (counts.get(itemKey(item.kind, item.id)) ?? 0) + 1)
  }
  return (kind, id) => counts.get(itemKey(kind, id)) ?? 0
}
