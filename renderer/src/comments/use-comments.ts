import { useEffect, useState } from 'react'
import { readThreads, type CommentThread } from '../../../shared/comments/comments-doc'
import type { LiveUser } from '../live/live-document'
import { useLiveDocument, type LiveDocumentHandle } from '../live/use-live-document'

export interface CommentsHandle extends LiveDocumentHandle {
  threads: CommentThread[]
}

/**
 * A county's comments, live: their own document beside the plan's, kept on the device and sent when the
 * connection is back, like an edit. Open it once per page (one provider per document name).
 */
export function useComments(
  /** The county's comments document, or for a gallery walk's reader its projection (shared/live/doc-names.ts). */
  docName: string,
  token: string,
  user: LiveUser,
  facilitator: boolean,
): CommentsHandle {
  const handle = useLiveDocument(docName, token, user, facilitator)
  const [threads, setThreads] = useState<CommentThread[]>([])
  const { live } = handle
  useEffect(() => {
    if (!live) return
    const refresh = () => setThreads(readThreads(live.doc))
    refresh()
    live.doc.on('update', refresh)
    return () => live.doc.off('update', refresh)
  }, [live])
  return { ...handle, threads }
}
