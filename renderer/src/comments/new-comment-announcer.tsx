import { useEffect, useRef, useState } from 'react'
import type { CommentThread } from '../../../shared/comments/comments-doc'
import { useMessages } from '../i18n/use-messages'
import { useAuthorLabel } from './comment-author'
import { commentsMessages } from './comments-messages'

/**
 * Tells a screen reader when someone else's comment or reply arrives (a polite live region). What the
 * device held when the page opened, and what this device wrote, are not announced.
 */
export function NewCommentAnnouncer({ threads, ownName }: { threads: CommentThread[]; ownName: string }) {
  const t = useMessages(commentsMessages)
  const authorLabel = useAuthorLabel()
  const seen = useRef<Set<string> | null>(null)
  const [message, setMessage] = useState('')
  useEffect(() => {
    const comments = threads.flatMap((thread) => [thread.comment, ...thread.replies])
    if (seen.current === null) {
      seen.current = new Set(comments.map((comment) => comment.id))
      return
    }
    const known = seen.current
    const arrived = comments.filter((comment) => !known.has(comment.id))
    arrived.forEach((comment) => known.add(comment.id))
    const latest = arrived.filter((comment) => comment.author.name !== ownName).at(-1)
    if (latest) setMessage(t('announce', { author: authorLabel(latest.author), text: latest.text }))
  }, [threads, ownName, t, authorLabel])
  return (
    <div className="sr-only" aria-live="polite" role="status" data-testid="comment-announcer">
      {message}
    </div>
  )
}
