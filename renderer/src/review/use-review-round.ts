import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readReviewRound, type ReviewRound } from '../../../shared/review/review-round'

/** The review round running now, from the session document (null when none, or not arrived yet). */
export function useReviewRound(session: Y.Doc | null): ReviewRound | null {
  const [round, setRound] = useState<ReviewRound | null>(null)
  useEffect(() => {
    if (!session) return
    const refresh = () => setRound(readReviewRound(session))
    refresh()
    session.on('update', refresh)
    return () => {
      session.off('update', refresh)
      setRound(null)
    }
  }, [session])
  return round
}
