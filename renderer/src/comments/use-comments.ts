import { useEffect, useState } from 'react'
import { readThreads, type CommentThread } from '../../../shared/comments/comments-doc'
import { commentsDocName } from '../../../shared/live/doc-names'
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
  workshopId: string,
  countyId: string,
  token: string,
  user: LiveUser,
  facilitator: boolean,
): CommentsHandle {
  const handle = useLiveDocument(commentsDocName(workshopId, countyId), token, user, facilitator)
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
