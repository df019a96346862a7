import { createContext, useContext } from 'react'
import { isOpen, type CommentThread } from '../../../shared/comments/comments-doc'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'

/** Open threads per exercise, for the step navigator; empty where the page shows no comments. */
export type OpenCommentCounts = Partial<Record<ExerciseKind, number>>

export const OpenCommentCountsContext = createContext<OpenCommentCounts>({})

export const useOpenCommentCounts = () => useContext(OpenCommentCountsContext)

export function openCommentCounts(threads: readonly CommentThread[]): OpenCommentCounts {
  const counts: OpenCommentCounts = {}
  for (const thread of threads.filter(isOpen)) {
    const kind = thread.comment.anchor.exercise
    counts[kind] = (counts[kind] ?? 0) + 1
  }
  return counts
}
