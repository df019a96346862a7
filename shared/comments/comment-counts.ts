import type * as Y from 'yjs'
import { isOpen, readThreads } from './comments-doc'

/** A county's comments as the console counts them: threads received, still open, resolved. */
export interface CommentCounts {
  received: number
  open: number
  resolved: number
}

export function countComments(doc: Y.Doc): CommentCounts {
  const threads = readThreads(doc)
  const open = threads.filter(isOpen).length
  return { received: threads.length, open, resolved: threads.length - open }
}
