import type * as Y from 'yjs'
import { newId } from '../ids/new-id'
import {
  commentSchema,
  resolutionSchema,
  type Comment,
  type CommentAnchor,
  type Resolution,
} from './comment-schema'

/**
 * A county's comments document (`comments/<workshop>/<county>`), apart from its plan:
 *   comments  Y.Map  comment id → Comment (a plain value, never changed once set)
 *   resolved  Y.Map  thread id (its first comment's id) → Resolution
 * Plain values keep every write checkable by the hub as a whole: a new key is a new comment, and any
 * other change to `comments` is an edit or a deletion (see electron/hub/live/comment-write-rules.ts).
 */
export const COMMENT_ROOTS = ['comments', 'resolved'] as const

export const commentEntries = (doc: Y.Doc) => doc.getMap<unknown>('comments')
export const resolutionEntries = (doc: Y.Doc) => doc.getMap<unknown>('resolved')

export interface CommentThread {
  comment: Comment
  replies: Comment[]
  resolution: Resolution | null
}

/** Every valid comment, oldest first; what fails the schema (a newer app's, a damaged one) is left out. */
export function readComments(doc: Y.Doc): Comment[] {
  const comments: Comment[] = []
  for (const [key, value] of commentEntries(doc).entries()) {
    const parsed = commentSchema.safeParse(value)
    if (parsed.success && parsed.data.id === key) comments.push(parsed.data)
  }
  return comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

export function readResolution(doc: Y.Doc, threadId: string): Resolution | null {
  const parsed = resolutionSchema.safeParse(resolutionEntries(doc).get(threadId))
  return parsed.success ? parsed.data : null
}

/** The threads: each first comment with its replies and whether it is resolved, oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const comments = readComments(doc)
  const threads = new Map<string, CommentThread>()
  for (const comment of comments) {
    if (comment.replyTo === null)
      threads.set(comment.id, { comment, replies: [], resolution: readResolution(doc, comment.id) })
  }
  for (const comment of comments) {
    if (comment.replyTo !== null) threads.get(comment.replyTo)?.replies.push(comment)
  }
  return [...threads.values()]
}

export const isOpen = (thread: CommentThread) => thread.resolution?.resolved !== true

export interface NewComment {
  anchor: CommentAnchor
  text: string
  author: Comment['author']
  replyTo?: string | null
}

/** Adds a comment (or a reply) and returns it; the hub checks it as it arrives. */
export function addComment(doc: Y.Doc, input: NewComment, now = new Date()): Comment {
  const comment: Comment = {
    id: newId(),
    replyTo: input.replyTo ?? null,
    anchor: input.anchor,
    text: input.text.trim(),
    author: input.author,
    createdAt: now.toISOString(),
  }
  commentEntries(doc).set(comment.id, comment)
  return comment
}

/** Resolves or reopens a thread: the plan's own group or the facilitator only (the hub enforces it). */
export function setResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  by: string,
  now = new Date(),
): void {
  resolutionEntries(doc).set(threadId, { resolved, by, at: now.toISOString() } satisfies Resolution)
}
